package fr.gouv.travail.dosiportail.journal;

/** What kind of personal data was read or written (the access rules differ per kind). */
public enum DataKind {
    ADMINISTRATIVE,
    EXTERNAL_DOSE,
    INTERNAL_DOSE,
    EFFECTIVE_DOSE,
    ALERT,
    JOURNAL
}
