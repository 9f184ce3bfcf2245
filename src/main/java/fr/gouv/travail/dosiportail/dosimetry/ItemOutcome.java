package fr.gouv.travail.dosiportail.dosimetry;

/** What became of one submitted record. */
public enum ItemOutcome {
    /** Stored (or already stored identically: nothing doubled). */
    ACCEPTED,
    /** Kept aside until the référentiel names the worker, the establishment or the employment. */
    QUARANTINED,
    /** Bad input: nothing stored, the errors say why. */
    REJECTED
}
