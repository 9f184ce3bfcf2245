package fr.gouv.travail.dosiportail.dosimetry;

/** Whether the originator has a result for the period: a result, none (dosimeter lost, not returned), or a late one. */
public enum RecordStatus {
    RESULT,
    NO_RESULT,
    LATE_RESULT
}
