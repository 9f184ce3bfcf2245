package fr.gouv.travail.dosiportail.dosimetry;

/** Why a dose record got a new version. */
public enum RevisionKind {
    /** New values, with the reason given by the originator, the MDT or the operator. */
    CORRECTION,
    /** The record no longer counts; it stays readable in the history. */
    CANCELLATION,
    /** A result arrived after an absence of result was declared for the same dosimeter and period. */
    LATE_RESULT
}
