package fr.gouv.travail.dosiportail.surveillance.web;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.surveillance.alert.AlertHistory;
import fr.gouv.travail.dosiportail.surveillance.delivery.Inbox;
import fr.gouv.travail.dosiportail.surveillance.delivery.PayloadLabels;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of a notification's page: its content and, for an MDT reading a limit alert, the alert's status, steps
 * and the forms of the next lifecycle step (shared by the page and the forms posted from it).
 */
@Component
class AlertDetail {

    private final Inbox inbox;
    private final AlertHistory history;
    private final MessageSource messages;

    AlertDetail(Inbox inbox, AlertHistory history, MessageSource messages) {
        this.inbox = inbox;
        this.history = history;
        this.messages = messages;
    }

    record Field(String label, String value) {
    }

    /** Fills the model; throws the inbox's 404 for a notification that is not the reader's. */
    void fill(Actor actor, UUID id, Model model) {
        Inbox.Detail d = inbox.open(actor, id, "/alertes/" + id);
        List<Field> fields = d.payload().entrySet().stream().map(e -> new Field(
                PayloadLabels.label(messages, e.getKey(), LocaleContextHolder.getLocale()),
                e.getValue() == null ? "—" : String.valueOf(e.getValue()))).toList();
        model.addAttribute("n", d);
        model.addAttribute("fields", fields);
        model.addAttribute("english", "en".equals(LocaleContextHolder.getLocale().getLanguage()));
        model.addAttribute("zone", ZoneId.of("Europe/Paris"));
        model.addAttribute("history", lifecycle(actor, id).orElse(null));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("form", Map.of());
        }
    }

    /** The alert behind an MDT's notification, as the MDT may see it. */
    Optional<AlertHistory.History> lifecycle(Actor actor, UUID notificationId) {
        if (actor.kind() != ActorKind.OCCUPATIONAL_PHYSICIAN) {
            return Optional.empty();
        }
        return inbox.alertOf(actor, notificationId)
                .flatMap(alert -> history.of(actor, alert, "/alertes/" + notificationId));
    }
}
