package fr.gouv.travail.dosiportail.portal.web;

import fr.gouv.travail.dosiportail.platform.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages anyone can read, logged in or not: no personal data here. */
@Controller
@PublicEndpoint
class PublicPagesController {

    @GetMapping("/")
    String home() {
        return "portal/home";
    }

    @GetMapping("/connexion")
    String login() {
        return "portal/login";
    }

    @GetMapping("/public/mentions-legales")
    String legalNotice() {
        return "portal/legal-notice";
    }

    @GetMapping("/public/accessibilite")
    String accessibility() {
        return "portal/accessibility";
    }

    @GetMapping("/public/donnees-personnelles")
    String personalData() {
        return "portal/personal-data";
    }

    @GetMapping("/public/plan-du-site")
    String siteMap() {
        return "portal/site-map";
    }
}
