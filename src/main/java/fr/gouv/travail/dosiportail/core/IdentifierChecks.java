package fr.gouv.travail.dosiportail.core;

/** Shape checks shared by the all-digit identifiers (SIREN, SIRET, RPPS). Messages never echo the input. */
final class IdentifierChecks {

    private IdentifierChecks() {
    }

    /** Strips spaces and returns exactly {@code length} digits, or throws a specific {@link InvalidValue}. */
    static String digits(String raw, int length, String field, String nameFr, String nameEn) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValue(field, nameFr + " est vide.", nameEn + " is empty.");
        }
        String s = Digits.withoutSpaces(raw);
        if (!Digits.allDigits(s)) {
            throw new InvalidValue(field, nameFr + " ne doit contenir que des chiffres.",
                    nameEn + " must contain digits only.");
        }
        if (s.length() != length) {
            throw new InvalidValue(field,
                    nameFr + " doit comporter " + length + " chiffres ; " + s.length() + " ont été saisis.",
                    nameEn + " must have " + length + " digits; " + s.length() + " were given.");
        }
        return s;
    }
}
