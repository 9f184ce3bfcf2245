package fr.gouv.travail.dosiportail.surveillance.alert;

/** What a step of an alert records. */
public enum StepKind {
    RAISED,
    /** New figures for the same cause (a late or corrected result in the same episode). */
    UPDATED,
    WITHDRAWN_BY_CORRECTION,
    /** A later result or correction brought a withdrawn alert's dose back above the limit. */
    REOPENED,
    ANALYSIS_STARTED,
    CONCLUDED
}
