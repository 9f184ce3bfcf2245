package fr.gouv.travail.dosiportail.dosimetry;

/** The radiation the dosimeter measures. */
public enum RadiationType {
    PHOTONS,
    BETA,
    NEUTRONS
}
