package fr.gouv.travail.dosiportail.core;

/**
 * The Luhn (mod 10) check used by SIREN, SIRET and RPPS numbers. Works on strings of ASCII digits only;
 * callers check the shape first.
 */
public final class Luhn {

    private Luhn() {
    }

    /** True when the digits, including their last (check) digit, pass the Luhn check. */
    public static boolean isValid(String digits) {
        return sum(digits, false) % 10 == 0;
    }

    /** The check digit to append to {@code payload} so that the result passes {@link #isValid(String)}. */
    public static int checkDigit(String payload) {
        return (10 - sum(payload, true) % 10) % 10;
    }

    // From the right, every second digit is doubled; for a payload (no check digit yet) the rightmost one is.
    private static int sum(String digits, boolean payload) {
        int total = 0;
        boolean doubled = payload;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("Luhn works on digits only");
            }
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            total += d;
            doubled = !doubled;
        }
        return total;
    }
}
