package fr.gouv.travail.dosiportail.dosimetry;

/** The measured or assessed quantity of a dose record, in mSv. */
public enum QuantityCode {
    /** Hp(10), whole body. */
    HP10,
    /** Hp(0.07), skin and extremities. */
    HP007,
    /** Hp(3), lens of the eye. */
    HP3,
    /** Hp(10) from neutrons. */
    HP10_NEUTRON,
    /** Committed effective dose E(50). */
    E50,
    /** Committed equivalent dose H(50). */
    H50,
    /** Dose from radon. */
    RADON,
    /** Aircrew effective dose (cosmic radiation). */
    AIRCREW_E;

    /** Internal doses are read under other rules than external ones (R.4451-70). */
    public boolean internal() {
        return this == E50 || this == H50;
    }
}
