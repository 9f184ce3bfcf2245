package fr.gouv.travail.dosiportail.dosimetry;

/** Where the dosimeter was worn. */
public enum BodyLocation {
    WHOLE_BODY,
    EXTREMITY,
    LENS
}
