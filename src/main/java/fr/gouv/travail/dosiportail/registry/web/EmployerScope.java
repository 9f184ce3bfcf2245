package fr.gouv.travail.dosiportail.registry.web;

import fr.gouv.travail.dosiportail.core.Siren;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whose référentiel a page shows. An employer or correspondent sees its own company. The operator may act for one
 * company given by {@code ?siren=}: reads then go through an employer's view of that company, so that the SQL
 * filter of {@code RegistryQueries} applies; writes stay the operator's own (journal).
 */
@Component
class EmployerScope {

    /** The caller, the actor reads are made as, and the SIREN carried in links (operator only). */
    record Scope(Actor actor, Actor reader, String siren) {

        /** A page path, keeping the operator's company. */
        public String link(String path) {
            return siren == null ? path : path + (path.contains("?") ? "&" : "?") + "siren=" + siren;
        }

        public boolean operator() {
            return actor.kind() == ActorKind.OPERATOR;
        }
    }

    private final CurrentActor current;

    EmployerScope(CurrentActor current) {
        this.current = current;
    }

    Scope of(String siren) {
        Actor actor = current.get();
        if (actor.kind() != ActorKind.OPERATOR || siren == null || siren.isBlank()) {
            return new Scope(actor, actor, null);
        }
        Siren company;
        try {
            company = new Siren(siren.trim());
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, "validation", "SIREN invalide.", "Invalid SIREN.", java.util.List.of());
        }
        Actor reader = new Actor(ActorKind.EMPLOYER, actor.subject(), actor.displayName(), Optional.of(company),
                Optional.empty(), Optional.empty(), Optional.empty());
        return new Scope(actor, reader, company.value());
    }
}
