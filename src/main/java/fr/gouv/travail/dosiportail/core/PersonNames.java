package fr.gouv.travail.dosiportail.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule by which two spellings of a person's name are the same name: case, accents and ligatures (Œ = OE,
 * Æ = AE, ß = SS) do not matter, and hyphens, apostrophes, commas, dots and spaces of any kind only separate words.
 * Used where a declared name is compared with the référentiel (declarations) and where a lab's name is checked
 * against the NIR (dose matching); letters and digits are kept as they are.
 */
public final class PersonNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile(
            "[\\s\\u00A0\\u2007\\u202F\\-\\u2010-\\u2015\\u2212'\\u2019\\u2018\\u02BC`\\u00B4,.]+");

    private PersonNames() {
    }

    /** Upper case, without marks, ligatures expanded, one space between words, none at the ends; "" for null. */
    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        if (plainUpperCase(name)) {
            return name; // the usual case in lab files: nothing to fold
        }
        String expanded = name.replace("Œ", "OE").replace("œ", "oe").replace("Æ", "AE").replace("æ", "ae")
                .replace("ß", "ss");
        String noMarks = MARKS.matcher(Normalizer.normalize(expanded, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(noMarks.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Whether the two spellings are the same name under {@link #fold}. */
    public static boolean same(String a, String b) {
        return fold(a).equals(fold(b));
    }

    /** A-Z words separated by single spaces, nothing at either end. */
    private static boolean plainUpperCase(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return n == 0;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? s.charAt(i - 1) == ' ' : c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }
}
