package fr.gouv.travail.dosiportail.surveillance.alert;

/** Who a notification is for (surveillance.notification.recipient_kind). */
enum RecipientKind {
    MINISTRY,
    DEFENCE_INSPECTORATE,
    OCCUPATIONAL_PHYSICIAN,
    RADIATION_PROTECTION_ADVISER,
    EMPLOYER
}
