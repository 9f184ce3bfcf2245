package fr.gouv.travail.dosiportail.identity.web;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.core.Rpps;
import fr.gouv.travail.dosiportail.core.Siren;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets an API client check its token: the actor the portal sees. */
@RestController
class ApiMeController {

    private final CurrentActor currentActor;

    ApiMeController(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @GetMapping("/api/v1/me")
    @PreAuthorize("isAuthenticated()") // any actor may see who it is; the API chain requires a known actor kind
    Me me() {
        Actor actor = currentActor.get();
        return new Me(actor.kind(), actor.subject(), actor.displayName(),
                actor.company().map(Siren::value).orElse(null), actor.rpps().map(Rpps::value).orElse(null),
                actor.accreditationNumber().orElse(null));
    }

    /** The actor without the NIR, which an API answer never carries. */
    record Me(ActorKind kind, String subject, String name, String siren, String rpps, String accreditationNumber) {
    }
}
