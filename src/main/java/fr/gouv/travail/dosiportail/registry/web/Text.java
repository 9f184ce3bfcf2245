package fr.gouv.travail.dosiportail.registry.web;

import java.util.Locale;

/** Tidying of what people type: identifiers are often typed with spaces (« 2 85 03 75 056 123 06 »). */
final class Text {

    private Text() {
    }

    static String trim(String s) {
        return s == null ? null : s.strip();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Removes spaces, dots and dashes between digits; anything else is kept for the check to refuse. */
    static String digits(String s) {
        return s == null ? null : s.replaceAll("[\\s.\\-]", "");
    }

    static String upper(String s) {
        return s == null ? null : s.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }
}
