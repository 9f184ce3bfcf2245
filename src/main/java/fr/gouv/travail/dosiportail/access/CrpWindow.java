package fr.gouv.travail.dosiportail.access;

/**
 * How to read R.4451-69 I: the CRP has access "pour une période n'excédant pas celle pendant laquelle le travailleur
 * est contractuellement lié à l'employeur". The texts do not settle which reading is meant (an official reading is
 * to be asked from DGT/ASNR); the choice is a setting.
 */
public enum CrpWindow {
    /** Only results whose period overlaps an employment at an establishment the CRP is designated for (default). */
    OVERLAPPING_EMPLOYMENT,
    /** The whole history, but only while the worker is employed there. */
    WHILE_EMPLOYED_WHOLE_HISTORY
}
