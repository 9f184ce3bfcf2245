package fr.gouv.travail.dosiportail.portal.web;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after login, for every kind of actor; later features add their entries here. */
@Controller
class SpaceController {

    private final CurrentActor currentActor;

    SpaceController(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @GetMapping("/espace")
    @PreAuthorize("isAuthenticated()") // the page chain also requires a registered actor (ROLE_<kind>)
    String space(Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("actorName", actor.displayName());
        model.addAttribute("actorKindKey", kindLabelKey(actor.kind()));
        return "portal/space";
    }

    /** Message key of the French (or English) name of an actor kind. */
    static String kindLabelKey(ActorKind kind) {
        return "portal.actor.kind." + kind.name();
    }
}
