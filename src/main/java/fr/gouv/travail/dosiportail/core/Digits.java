package fr.gouv.travail.dosiportail.core;

import java.util.regex.Pattern;

/** Input clean-up shared by the identifiers: people type and paste them with spaces, dots or dashes. */
final class Digits {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F.\\-]");

    private Digits() {
    }

    static String withoutSpaces(String raw) {
        return SPACES.matcher(raw).replaceAll("");
    }

    static String withoutSeparators(String raw) {
        return SEPARATORS.matcher(raw).replaceAll("");
    }

    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
