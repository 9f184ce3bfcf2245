package fr.gouv.travail.dosiportail.surveillance;

import java.util.List;
import java.util.UUID;

/**
 * Notifications were written (surveillance.notification, one per recipient, already redacted), in the same
 * transaction as the alert or notice they tell about. Delivery (inbox, e-mail, webhooks) listens to this.
 */
public record NotificationIssued(List<UUID> notificationIds) {

    public NotificationIssued {
        notificationIds = List.copyOf(notificationIds);
    }
}
