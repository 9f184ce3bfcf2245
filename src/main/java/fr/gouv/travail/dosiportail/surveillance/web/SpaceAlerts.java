package fr.gouv.travail.dosiportail.surveillance.web;

import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.surveillance.delivery.Inbox;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives "Mon espace" (portal) the caller's unread count for its link to the inbox, without portal knowing us. */
@ControllerAdvice(basePackages = "fr.gouv.travail.dosiportail.portal")
class SpaceAlerts {

    private final Inbox inbox;
    private final CurrentActor current;

    SpaceAlerts(Inbox inbox, CurrentActor current) {
        this.inbox = inbox;
        this.current = current;
    }

    @ModelAttribute("alertsUnread")
    Long unread(HttpServletRequest request) {
        if (!"/espace".equals(request.getServletPath())) {
            return null;
        }
        return current.find().map(inbox::unread).orElse(null);
    }
}
