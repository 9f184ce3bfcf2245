package fr.gouv.travail.dosiportail.surveillance.delivery;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The e-mail of a notification. The subject is fixed per kind of notification and never carries a name (subjects
 * travel in clear); the ministry's body is exactly the redacted payload; other recipients get the title and the
 * payload's fields, as the alert side wrote them, and a link to the inbox.
 */
@Component
class MailComposer {

    private final MessageSource messages;

    MailComposer(MessageSource messages) {
        this.messages = messages;
    }

    record Mail(String subject, String body) {
    }

    record Source(java.util.UUID id, String subjectKind, String recipientKind, String titleFr, String payload) {
    }

    Mail compose(Source n, String portalUrl) {
        String subject = messages.getMessage("surveillance.delivery.mail.subject." + n.subjectKind(), null,
                "Dosiportail", Locale.FRENCH);
        if ("MINISTRY".equals(n.recipientKind()) || "DEFENCE_INSPECTORATE".equals(n.recipientKind())) {
            return new Mail(subject, n.payload());
        }
        StringBuilder body = new StringBuilder(n.titleFr()).append("\n\n");
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = JsonMapper.shared().readValue(n.payload(), java.util.LinkedHashMap.class);
        fields.forEach((k, v) -> body.append(PayloadLabels.label(messages, k, Locale.FRENCH)).append(" : ")
                .append(v).append('\n'));
        body.append('\n').append(messages.getMessage("surveillance.delivery.mail.link", null, Locale.FRENCH))
                .append(' ').append(portalUrl).append("/alertes/").append(n.id()).append('\n');
        return new Mail(subject, body.toString());
    }
}
