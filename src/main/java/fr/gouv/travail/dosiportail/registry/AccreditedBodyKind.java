package fr.gouv.travail.dosiportail.registry;

/** Bodies that send results to the portal (R.4451-65). */
public enum AccreditedBodyKind {
    EXTERNAL_DOSIMETRY_LAB, MEDICAL_BIOLOGY_LAB, AIRCREW_DOSE_SERVICE, OCCUPATIONAL_HEALTH_SERVICE
}
