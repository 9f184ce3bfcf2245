package fr.gouv.travail.dosiportail.dosimetry;

/** Why a record waits in quarantine instead of being recorded (it is released once the référentiel is fixed). */
public enum QuarantineReason {
    UNKNOWN_NIR,
    NIR_NAME_MISMATCH,
    UNKNOWN_SIRET,
    NO_EMPLOYMENT_AT_DATE,
    /** Since 2024 a dose of a non-classified worker may not be recorded (outside radon and emergencies). */
    WORKER_NOT_CLASSIFIED
}
