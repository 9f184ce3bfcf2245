package fr.gouv.travail.dosiportail.dosimetry;

/** How the dose was obtained. */
public enum MonitoringKind {
    EXTERNAL_PASSIVE,
    EXTERNAL_OPERATIONAL,
    INTERNAL_RADIOTOXICOLOGY,
    INTERNAL_ANTHROPORADIOMETRY,
    INTERNAL_COMMITTED_BY_MDT,
    RADON,
    COSMIC,
    EMERGENCY_EXTRAPOLATED,
    MDT_NON_ACCREDITED_SOURCE
}
