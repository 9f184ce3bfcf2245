package fr.gouv.travail.dosiportail.registry.declaration;

import fr.gouv.travail.dosiportail.platform.FieldProblem;
import fr.gouv.travail.dosiportail.registry.Sex;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a NIR agrees with the declared sex, birth year and month, and that its key is right.
 * The one place to delegate to {@code core.Nir} once that type carries these checks.
 */
public final class NirCoherence {

    private NirCoherence() {
    }

    public static List<FieldProblem> check(String nir, Sex sex, LocalDate birthDate) {
        List<FieldProblem> problems = new ArrayList<>();
        if (nir == null || !nir.matches("[12378]\\d{4}(\\d{2}|2[AB])\\d{8}")) {
            problems.add(new FieldProblem("nir", "INVALID_NIR", "Le NIR doit comporter 15 caractères (clé comprise).",
                    "A NIR has 15 characters (key included)."));
            return problems;
        }
        if (!keyMatches(nir)) {
            problems.add(new FieldProblem("nir", "INVALID_NIR_KEY", "La clé du NIR ne correspond pas au numéro.",
                    "The NIR key does not match the number."));
        }
        char s = nir.charAt(0);
        if (sex != null && (s == '1' || s == '2') && (s == '1') != (sex == Sex.M)) {
            problems.add(new FieldProblem("sex", "NIR_SEX_MISMATCH", "Le sexe ne correspond pas au premier chiffre du NIR.",
                    "The sex does not match the first digit of the NIR."));
        }
        if (birthDate != null) {
            int yy = Integer.parseInt(nir.substring(1, 3));
            int mm = Integer.parseInt(nir.substring(3, 5));
            if (yy != birthDate.getYear() % 100) {
                problems.add(new FieldProblem("birthDate", "NIR_BIRTH_YEAR_MISMATCH",
                        "L’année de naissance ne correspond pas au NIR.", "The birth year does not match the NIR."));
            }
            if (mm >= 1 && mm <= 12 && mm != birthDate.getMonthValue()) {
                problems.add(new FieldProblem("birthDate", "NIR_BIRTH_MONTH_MISMATCH",
                        "Le mois de naissance ne correspond pas au NIR.", "The birth month does not match the NIR."));
            }
        }
        return problems;
    }

    /** Key = 97 − (number mod 97); Corsica's 2A and 2B count as 19 and 18. */
    static boolean keyMatches(String nir) {
        String body = nir.substring(0, 13);
        BigInteger n = new BigInteger(body.replace("2A", "19").replace("2B", "18"));
        int key = 97 - n.mod(BigInteger.valueOf(97)).intValue();
        return key == Integer.parseInt(nir.substring(13));
    }
}
