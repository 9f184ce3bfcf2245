package fr.gouv.travail.dosiportail.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * NIR (numéro d'inscription au répertoire): 13 characters plus a 2-digit key. Accepts spaces, dots and dashes and
 * keeps the 15-character canonical form. {@link #toString()} is masked: a full NIR must never be logged.
 *
 * <p>Layout: sex (1) · year (2) · month (2) · department (2, or 3 overseas) · commune (3, or 2 overseas; country
 * code when born abroad, department 99) · order number (3) · key (2).
 */
public record Nir(String value) {

    public Nir {
        value = NirChecks.checked(value);
    }

    /** The key (01–97) of 13 NIR characters, e.g. to build valid test or demo numbers. */
    public static int key(String thirteen) {
        return NirChecks.key(thirteen);
    }

    /** The NIR made of these 13 characters and their computed key. */
    public static Nir withKey(String thirteen) {
        return new Nir(thirteen + String.format("%02d", key(thirteen)));
    }

    public char sexDigit() {
        return value.charAt(0);
    }

    /** Sex encoded by the first digit: 1, 3, 7 are male; 2, 4, 8 female. */
    public Sex sex() {
        return "137".indexOf(sexDigit()) >= 0 ? Sex.M : Sex.F;
    }

    public NirKind kind() {
        return sexDigit() == '7' || sexDigit() == '8' ? NirKind.TEMPORARY : NirKind.PERMANENT;
    }

    public boolean bornAbroad() {
        return value.startsWith("99", 5);
    }

    public int birthYearTwoDigits() {
        return Integer.parseInt(value.substring(1, 3));
    }

    /** Birth month 1–12, or empty when the NIR records it as unknown (20–42, 50–99). */
    public OptionalInt birthMonth() {
        int month = Integer.parseInt(value.substring(3, 5));
        return NirChecks.knownMonth(month) ? OptionalInt.of(month) : OptionalInt.empty();
    }

    /** Department of birth: 2 characters (01–95, 2A, 2B, 99 abroad), 3 digits overseas (97x, 98x). */
    public String departmentCode() {
        boolean overseas = value.startsWith("97", 5) || value.startsWith("98", 5);
        return overseas ? value.substring(5, 8) : value.substring(5, 7);
    }

    /** Characters 6–10: the INSEE code of the commune of birth, or 99 + country code when born abroad. */
    public String birthPlaceCode() {
        return value.substring(5, 10);
    }

    /** At most the first 5 characters (sex, year, month), e.g. {@code 1 85 05 •• ••• ••• ••}. */
    public String masked() {
        return value.charAt(0) + " " + value.substring(1, 3) + " " + value.substring(3, 5) + " •• ••• ••• ••";
    }

    @Override
    public String toString() {
        return masked();
    }

    /**
     * Compares the NIR with a declared identity and lists what disagrees; a {@code null} argument is not compared.
     * The month is not compared when the NIR records it as unknown. A NIR with department 20 (Corsica before 1976)
     * matches a 2A or 2B commune with the same 3-digit commune number.
     */
    public List<NirDiscrepancy> coherenceWith(Sex declaredSex, LocalDate birthDate, BirthPlace birthPlace) {
        List<NirDiscrepancy> discrepancies = new ArrayList<>();
        if (declaredSex != null && declaredSex != sex()) {
            discrepancies.add(NirDiscrepancy.SEX);
        }
        if (birthDate != null) {
            if (birthDate.getYear() % 100 != birthYearTwoDigits()) {
                discrepancies.add(NirDiscrepancy.BIRTH_YEAR);
            }
            OptionalInt month = birthMonth();
            if (month.isPresent() && month.getAsInt() != birthDate.getMonthValue()) {
                discrepancies.add(NirDiscrepancy.BIRTH_MONTH);
            }
        }
        if (birthPlace != null && !sameBirthPlace(birthPlace.code())) {
            discrepancies.add(NirDiscrepancy.BIRTH_PLACE);
        }
        return List.copyOf(discrepancies);
    }

    private boolean sameBirthPlace(String inseeCode) {
        String own = birthPlaceCode();
        if (own.equals(inseeCode)) {
            return true;
        }
        boolean oldCorsica = own.startsWith("20") && (inseeCode.startsWith("2A") || inseeCode.startsWith("2B"));
        return oldCorsica && own.substring(2).equals(inseeCode.substring(2));
    }
}
