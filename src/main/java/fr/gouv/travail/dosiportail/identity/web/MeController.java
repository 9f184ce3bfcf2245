package fr.gouv.travail.dosiportail.identity.web;

import fr.gouv.travail.dosiportail.identity.CurrentActor;
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
    String me(Model model) {
        model.addAttribute("actor", currentActor.get());
        return "identity/me";
    }

    @GetMapping("/compte-inconnu")
    String unknownAccount() {
        return "identity/unknown-account";
    }
}
