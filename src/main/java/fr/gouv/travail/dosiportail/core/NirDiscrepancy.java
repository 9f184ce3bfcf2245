package fr.gouv.travail.dosiportail.core;

/** A point on which a NIR disagrees with a declared identity. Reported, not thrown: the registry decides. */
public enum NirDiscrepancy {
    SEX("Le sexe déclaré ne correspond pas au premier chiffre du NIR.",
            "The declared sex does not match the first digit of the NIR."),
    BIRTH_YEAR("L'année de naissance déclarée ne correspond pas à celle du NIR.",
            "The declared birth year does not match the NIR."),
    BIRTH_MONTH("Le mois de naissance déclaré ne correspond pas à celui du NIR.",
            "The declared birth month does not match the NIR."),
    BIRTH_PLACE("Le lieu de naissance déclaré (commune ou pays) ne correspond pas à celui du NIR.",
            "The declared place of birth (commune or country) does not match the NIR.");

    private final String reasonFr;
    private final String reasonEn;

    NirDiscrepancy(String reasonFr, String reasonEn) {
        this.reasonFr = reasonFr;
        this.reasonEn = reasonEn;
    }

    public String reasonFr() {
        return reasonFr;
    }

    public String reasonEn() {
        return reasonEn;
    }
}
