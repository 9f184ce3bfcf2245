package fr.gouv.travail.dosiportail.access.policy;

import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.core.Rpps;
import fr.gouv.travail.dosiportail.core.Siren;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.journal.DataKind;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The named parameters every clause may use, from the caller and the day of the request. */
public final class Params {

    private Params() {
    }

    public static Map<String, Object> of(Actor actor, DataKind kind, LocalDate today) {
        Map<String, Object> p = new HashMap<>();
        p.put("acc_today", today);
        p.put("acc_kind", kind.name());
        p.put("acc_actor_kind", actor.kind().name());
        p.put("acc_siren", actor.company().map(Siren::value).orElse(""));
        p.put("acc_rpps", actor.rpps().map(Rpps::value).orElse(""));
        p.put("acc_email", actor.email().map(String::strip).orElse(""));
        p.put("acc_nir", actor.nir().map(Nir::value).orElse(""));
        p.put("acc_everywhere", actor.territory().contains("*"));
        p.put("acc_territory", String.join(",", actor.territory().stream().map(String::strip)
                .map(String::toUpperCase).toList()));
        return p;
    }
}
