package fr.gouv.travail.dosiportail.surveillance.alert;

/** RAISED → ANALYSIS_STARTED (by the MDT) → CONCLUDED; WITHDRAWN when a correction brings the dose back under. */
public enum AlertStatus {
    RAISED,
    ANALYSIS_STARTED,
    CONCLUDED,
    WITHDRAWN
}
