package fr.gouv.travail.dosiportail.surveillance.limits;

/** What a limit caps: the effective dose, or an equivalent dose to a tissue. */
public enum LimitQuantity {
    /** Effective dose E: external whole body + committed internal + radon + cosmic (R.4451-6 1°). */
    EFFECTIVE,
    /** Equivalent dose to the extremities and the skin, Hp(0.07) (R.4451-6 2° a). */
    EXTREMITY_SKIN,
    /** Equivalent dose to the lens of the eye, Hp(3) (R.4451-6 2° b). */
    LENS
}
