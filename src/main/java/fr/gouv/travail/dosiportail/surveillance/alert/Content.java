package fr.gouv.travail.dosiportail.surveillance.alert;

import java.util.Map;
import java.util.UUID;

/** One recipient's redacted notification, ready to store. {@code workerId} is null for the ministry. */
record Content(RecipientKind kind, String key, UUID workerId, String titleFr, String titleEn,
               Map<String, Object> payload) {
}
