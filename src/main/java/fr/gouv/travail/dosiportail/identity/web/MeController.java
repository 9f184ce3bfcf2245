package fr.gouv.travail.dosiportail.identity.web;

import fr.gouv.travail.dosiportail.identity.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Who am I (for the logged-in person), and the page for a login that matches no account. */
@Controller
class MeController {

    private final CurrentActor currentActor;

    MeController(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @GetMapping("/moi")
    @PreAuthorize("isAuthenticated()") // the page chain also requires a registered actor (ROLE_<kind>)
    String me(Model model) {
        model.addAttribute("actor", currentActor.get());
        return "identity/me";
    }

    @GetMapping("/compte-inconnu")
    @PreAuthorize("isAuthenticated()") // logged in, known or not: no personal data on this page
    String unknownAccount() {
        return "identity/unknown-account";
    }
}
