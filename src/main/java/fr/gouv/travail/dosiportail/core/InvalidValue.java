package fr.gouv.travail.dosiportail.core;

/**
 * A value (identifier, dose, period) failed its checks. Carries the field and the reason in French and English,
 * never the full rejected value (a NIR must not end up in a log).
 */
public class InvalidValue extends IllegalArgumentException {

    private final String field;
    private final String reasonFr;
    private final String reasonEn;

    public InvalidValue(String field, String reasonFr, String reasonEn) {
        super(field + ": " + reasonEn);
        this.field = field;
        this.reasonFr = reasonFr;
        this.reasonEn = reasonEn;
    }

    public String field() {
        return field;
    }

    public String reasonFr() {
        return reasonFr;
    }

    public String reasonEn() {
        return reasonEn;
    }
}
