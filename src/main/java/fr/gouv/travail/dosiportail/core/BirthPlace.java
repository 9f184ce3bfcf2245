package fr.gouv.travail.dosiportail.core;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Place of birth as an INSEE code (Code officiel géographique): a commune code (2 digits or 2A/2B then 3 digits;
 * 97x/98x overseas followed by 2 digits), or 99 followed by the 3-digit code of a foreign country.
 */
public record BirthPlace(String code) {

    private static final Pattern SHAPE = Pattern.compile("(?:\\d{2}|2[AB])\\d{3}");

    public BirthPlace {
        if (code == null || code.isBlank()) {
            throw new InvalidValue("birthPlace", "Le lieu de naissance est vide.", "The place of birth is empty.");
        }
        code = Digits.withoutSpaces(code).toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(code).matches()) {
            throw new InvalidValue("birthPlace",
                    "Le code du lieu de naissance doit comporter 5 caractères : 5 chiffres, ou 2A/2B suivi de "
                            + "3 chiffres pour la Corse.",
                    "The place-of-birth code must have 5 characters: 5 digits, or 2A/2B followed by 3 digits "
                            + "for Corsica.");
        }
        if (!NirChecks.knownDepartment(code.substring(0, 2))) {
            throw new InvalidValue("birthPlace",
                    "Le code du lieu de naissance commence par un département inconnu : attendu 01 à 95, 2A, 2B, "
                            + "97, 98, ou 99 pour un pays étranger.",
                    "The place-of-birth code starts with an unknown department: expected 01 to 95, 2A, 2B, "
                            + "97, 98, or 99 for a foreign country.");
        }
    }

    /** A commune code, e.g. {@code 75056} or {@code 2A004}. */
    public static BirthPlace commune(String inseeCode) {
        BirthPlace place = new BirthPlace(inseeCode);
        if (place.isAbroad()) {
            throw new InvalidValue("birthPlace", "Un code commune ne peut pas commencer par 99 (pays étranger).",
                    "A commune code cannot start with 99 (foreign country).");
        }
        return place;
    }

    /** A foreign country, from its 3-digit INSEE country code (the code without its leading 99). */
    public static BirthPlace country(String threeDigits) {
        if (threeDigits == null || !threeDigits.matches("\\d{3}")) {
            throw new InvalidValue("birthPlace", "Le code pays INSEE doit comporter 3 chiffres.",
                    "The INSEE country code must have 3 digits.");
        }
        return new BirthPlace("99" + threeDigits);
    }

    public boolean isAbroad() {
        return code.startsWith("99");
    }

    /** Department of birth (3 characters overseas, {@code 99} abroad). */
    public String departmentCode() {
        return code.startsWith("97") || code.startsWith("98") ? code.substring(0, 3) : code.substring(0, 2);
    }
}
