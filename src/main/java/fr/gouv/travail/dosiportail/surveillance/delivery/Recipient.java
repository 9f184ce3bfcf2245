package fr.gouv.travail.dosiportail.surveillance.delivery;

import fr.gouv.travail.dosiportail.identity.Actor;
import java.util.Locale;
import java.util.Optional;

/**
 * A recipient of notifications, as {@code surveillance.notification} names it: the MDT by RPPS, the CRP by e-mail,
 * the employer (and its correspondent) by SIREN, the central administration by authority (DGT, or DSND as the
 * defence inspectorate). Other actors receive nothing.
 */
public record Recipient(String kind, String key) {

    public static Optional<Recipient> of(Actor actor) {
        return switch (actor.kind()) {
            case OCCUPATIONAL_PHYSICIAN -> actor.rpps().map(r -> new Recipient("OCCUPATIONAL_PHYSICIAN", r.value()));
            case RADIATION_PROTECTION_ADVISER -> actor.email().filter(e -> !e.isBlank())
                    .map(e -> new Recipient("RADIATION_PROTECTION_ADVISER", e.toLowerCase(Locale.ROOT)));
            case EMPLOYER, EMPLOYER_CORRESPONDENT -> actor.company().map(s -> new Recipient("EMPLOYER", s.value()));
            case MINISTRY -> actor.authority().flatMap(a -> switch (a) {
                case "DGT" -> Optional.of(new Recipient("MINISTRY", "DGT"));
                case "DSND" -> Optional.of(new Recipient("DEFENCE_INSPECTORATE", "DSND"));
                default -> Optional.empty();
            });
            case WORKER, HEALTH_PROFESSIONAL, LABOUR_INSPECTOR, RADIATION_PROTECTION_INSPECTOR, ACCREDITED_BODY,
                 OPERATOR -> Optional.empty();
        };
    }

    /** SQL: the notification under {@code alias} is this recipient's (parameters {@code rcp_kind}, {@code rcp_key}). */
    static String sql(String alias) {
        return "(" + alias + ".recipient_kind = :rcp_kind and lower(" + alias + ".recipient_key) = lower(:rcp_key))";
    }
}
