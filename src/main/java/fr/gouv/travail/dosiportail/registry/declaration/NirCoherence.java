package fr.gouv.travail.dosiportail.registry.declaration;

import fr.gouv.travail.dosiportail.core.InvalidValue;
import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.core.NirDiscrepancy;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import fr.gouv.travail.dosiportail.core.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A declared NIR must be valid ({@link Nir}: structure and key) and agree with the declared sex, birth year and
 * birth month. The birth place is not compared here: communes merge and change codes while the NIR keeps the old
 * one, so a difference there is no reason to refuse a declaration.
 */
public final class NirCoherence {

    private static final String WELL_FORMED_BUT_KEY = "[12378]\\d{4}(\\d{2}|2[AB])\\d{8}";

    private NirCoherence() {
    }

    public static List<FieldProblem> check(String nir, Sex sex, LocalDate birthDate) {
        List<FieldProblem> problems = new ArrayList<>();
        Nir parsed;
        try {
            parsed = new Nir(nir);
        } catch (InvalidValue e) {
            boolean onlyTheKey = nir != null && nir.matches(WELL_FORMED_BUT_KEY)
                    && Nir.key(nir.substring(0, 13)) != Integer.parseInt(nir.substring(13));
            problems.add(new FieldProblem("nir", onlyTheKey ? "INVALID_NIR_KEY" : "INVALID_NIR", e.reasonFr(), e.reasonEn()));
            if (!onlyTheKey) {
                return problems;
            }
            parsed = Nir.withKey(nir.substring(0, 13));
        }
        for (NirDiscrepancy d : parsed.coherenceWith(sex == null ? null : sex,
                birthDate, null)) {
            switch (d) {
                case SEX -> problems.add(new FieldProblem("sex", "NIR_SEX_MISMATCH", d.reasonFr(), d.reasonEn()));
                case BIRTH_YEAR -> problems.add(new FieldProblem("birthDate", "NIR_BIRTH_YEAR_MISMATCH", d.reasonFr(), d.reasonEn()));
                case BIRTH_MONTH -> problems.add(new FieldProblem("birthDate", "NIR_BIRTH_MONTH_MISMATCH", d.reasonFr(), d.reasonEn()));
                case BIRTH_PLACE -> { }
            }
        }
        return problems;
    }
}
