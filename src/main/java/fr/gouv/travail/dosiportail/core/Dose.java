package fr.gouv.travail.dosiportail.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A dose in millisieverts, exact (no floating point), never negative, to the microsievert at most (3 decimals).
 * Trailing zeros are normalised away, so {@code 0.10} equals {@code 0.1}.
 */
public record Dose(BigDecimal mSv) implements Comparable<Dose> {

    public static final Dose ZERO = new Dose(BigDecimal.ZERO);

    /** Plain decimal, point or French comma; no sign, exponent, thousands separator, or bare leading/trailing dot. */
    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final int MAX_SCALE = 3;

    public Dose {
        if (mSv == null) {
            throw invalid("La dose est absente.", "The dose is missing.");
        }
        if (mSv.signum() < 0) {
            throw invalid("La dose ne peut pas être négative.", "A dose cannot be negative.");
        }
        mSv = mSv.stripTrailingZeros();
        if (mSv.scale() < 0) {
            mSv = mSv.setScale(0);
        }
        if (mSv.scale() > MAX_SCALE) {
            throw invalid("La dose a plus de 3 décimales : la précision maximale est de 0,001 mSv (1 µSv).",
                    "The dose has more than 3 decimals: the finest precision is 0.001 mSv (1 µSv).");
        }
    }

    public static Dose of(BigDecimal mSv) {
        return new Dose(mSv);
    }

    /** Same as {@link #parse(String)}. */
    public static Dose of(String mSv) {
        return parse(mSv);
    }

    /** Parses a number of mSv written {@code 0.25} or, the French way, {@code 0,25}. */
    public static Dose parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("La dose est vide.", "The dose is empty.");
        }
        String s = text.strip();
        if (s.startsWith("-")) {
            throw invalid("La dose ne peut pas être négative.", "A dose cannot be negative.");
        }
        if (!DECIMAL.matcher(s).matches()) {
            throw invalid("La dose doit être un nombre décimal en mSv, par exemple 0,25 : sans signe, exposant "
                            + "ni séparateur de milliers.",
                    "The dose must be a decimal number of mSv, e.g. 0.25: no sign, exponent or thousands "
                            + "separator.");
        }
        return new Dose(new BigDecimal(s.replace(',', '.')));
    }

    public Dose plus(Dose other) {
        Objects.requireNonNull(other, "other");
        return new Dose(mSv.add(other.mSv));
    }

    public boolean isAbove(Dose other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Dose other) {
        return mSv.compareTo(other.mSv);
    }

    @Override
    public String toString() {
        return mSv.toPlainString() + " mSv";
    }

    private static InvalidValue invalid(String fr, String en) {
        return new InvalidValue("dose", fr, en);
    }
}
