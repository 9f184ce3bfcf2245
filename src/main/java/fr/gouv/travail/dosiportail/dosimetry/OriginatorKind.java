package fr.gouv.travail.dosiportail.dosimetry;

/** Who produced the result: identified by accreditation number, RPPS or SIRET respectively. */
public enum OriginatorKind {
    ACCREDITED_BODY,
    OCCUPATIONAL_PHYSICIAN,
    NUCLEAR_OPERATOR,
    AIRCREW_DOSE_SERVICE
}
