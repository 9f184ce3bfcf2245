package fr.gouv.travail.dosiportail.core;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The structural and key checks of a NIR (INSEE). Every failure says which part is wrong and never repeats the
 * number itself, which must not end up in a log.
 */
final class NirChecks {

    /** 13 characters: digits, except positions 6–7 that may be 2A or 2B (Corsica). */
    private static final Pattern THIRTEEN = Pattern.compile("\\d{5}(?:\\d{2}|2[AB])\\d{6}");

    private NirChecks() {
    }

    static String normalized(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid("Le NIR est vide.", "The NIR is empty.");
        }
        return Digits.withoutSeparators(raw).toUpperCase(Locale.ROOT);
    }

    static String checked(String raw) {
        String nir = normalized(raw);
        if (nir.length() != 15) {
            throw invalid("Le NIR doit comporter 15 caractères (13 et une clé de 2 chiffres) ; "
                            + nir.length() + " ont été saisis.",
                    "The NIR must have 15 characters (13 plus a 2-digit key); " + nir.length() + " were given.");
        }
        if (!THIRTEEN.matcher(nir.substring(0, 13)).matches() || !Digits.allDigits(nir.substring(13))) {
            throw invalid("Le NIR ne doit contenir que des chiffres, sauf 2A ou 2B aux 6e et 7e caractères (Corse).",
                    "The NIR must contain digits only, except 2A or 2B as 6th and 7th characters (Corsica).");
        }
        checkStructure(nir.substring(0, 13));
        int key = Integer.parseInt(nir.substring(13));
        if (key < 1 || key > 97) {
            throw invalid("La clé du NIR (2 derniers chiffres) doit être comprise entre 01 et 97.",
                    "The NIR key (last 2 digits) must be between 01 and 97.");
        }
        if (key != key(nir.substring(0, 13))) {
            throw invalid("La clé de contrôle du NIR ne correspond pas aux 13 premiers caractères.",
                    "The NIR check key does not match the first 13 characters.");
        }
        return nir;
    }

    /** Key = 97 − (number mod 97), with 2A read as 19 and 2B as 18. */
    static int key(String thirteen) {
        String s = thirteen == null ? "" : thirteen.toUpperCase(Locale.ROOT);
        if (!THIRTEEN.matcher(s).matches()) {
            throw invalid("Les 13 premiers caractères du NIR sont mal formés.",
                    "The first 13 characters of the NIR are malformed.");
        }
        long correction = 0;
        if (s.charAt(6) == 'A') {
            correction = 1_000_000L;
        } else if (s.charAt(6) == 'B') {
            correction = 2_000_000L;
        }
        long number = Long.parseLong(s.substring(0, 6) + (correction == 0 ? s.charAt(6) : '0') + s.substring(7))
                - correction;
        return (int) (97 - number % 97);
    }

    static boolean knownDepartment(String twoChars) {
        if (twoChars.equals("2A") || twoChars.equals("2B")) {
            return true;
        }
        if (!Digits.allDigits(twoChars)) {
            return false;
        }
        int d = Integer.parseInt(twoChars);
        return d >= 1 && d <= 95 || d >= 97 && d <= 99;
    }

    static boolean knownMonth(int month) {
        return month >= 1 && month <= 12;
    }

    private static void checkStructure(String thirteen) {
        if ("123478".indexOf(thirteen.charAt(0)) < 0) {
            throw invalid("Le premier chiffre du NIR (sexe) doit être 1, 2, 3, 4, 7 ou 8.",
                    "The first digit of the NIR (sex) must be 1, 2, 3, 4, 7 or 8.");
        }
        int month = Integer.parseInt(thirteen.substring(3, 5));
        if (!(knownMonth(month) || month >= 20 && month <= 42 || month >= 50)) {
            throw invalid("Le mois de naissance du NIR (4e et 5e chiffres) doit être compris entre 01 et 12, "
                            + "ou entre 20 et 42 ou 50 et 99 pour un mois inconnu.",
                    "The NIR birth month (4th and 5th digits) must be between 01 and 12, "
                            + "or 20 to 42 or 50 to 99 for an unknown month.");
        }
        if (!knownDepartment(thirteen.substring(5, 7))) {
            throw invalid("Le département de naissance du NIR (6e et 7e caractères) est inconnu : attendu 01 à 95, "
                            + "2A, 2B, 97, 98, ou 99 pour une naissance à l'étranger.",
                    "The NIR birth department (6th and 7th characters) is unknown: expected 01 to 95, "
                            + "2A, 2B, 97, 98, or 99 for a birth abroad.");
        }
        if (thirteen.endsWith("000")) {
            throw invalid("Le numéro d'ordre du NIR (11e à 13e chiffres) ne peut pas être 000.",
                    "The NIR order number (11th to 13th digits) cannot be 000.");
        }
    }

    private static InvalidValue invalid(String fr, String en) {
        return new InvalidValue("nir", fr, en);
    }
}
