package fr.gouv.travail.dosiportail.dosimetry.collection;

import fr.gouv.travail.dosiportail.core.Dose;
import fr.gouv.travail.dosiportail.core.InvalidValue;
import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.core.Siret;
import fr.gouv.travail.dosiportail.core.WearingPeriod;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.MonitoringKind;
import fr.gouv.travail.dosiportail.dosimetry.RecordStatus;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The checks of one record that need no database: identifiers, dates and doses. Lists every fault at once. */
final class RecordChecks {

    /** Over 10 Sv a value is kept but flagged for the operator to review. */
    static final BigDecimal REVIEW_ABOVE_MSV = new BigDecimal("10000");
    private static final BigDecimal COLUMN_LIMIT = new BigDecimal("1000000000");
    private static final int PASSIVE_MAX_MONTHS = 3;

    private RecordChecks() {
    }

    static List<FieldProblem> check(DoseRecordSubmission r, LocalDate today) {
        return check(r, today, new HashMap<>());
    }

    /**
     * The same, remembering in {@code identifiers} what each NIR and SIRET text gave: a chunk names the same worker
     * and establishment many times, and the NIR key costs a division of a 13-digit number.
     */
    static List<FieldProblem> check(DoseRecordSubmission r, LocalDate today, Map<String, List<FieldProblem>> identifiers) {
        List<FieldProblem> errors = new ArrayList<>();
        errors.addAll(identifiers.computeIfAbsent("nir:" + r.nir(), k -> identifier("nir", () -> new Nir(r.nir()))));
        errors.addAll(identifiers.computeIfAbsent("siret:" + r.siret(),
                k -> identifier("siret", () -> new Siret(r.siret()))));
        if (r.periodStart() != null && r.periodEnd() != null) {
            if (r.periodEnd().isBefore(r.periodStart())) {
                errors.add(new FieldProblem("periodEnd", "END_BEFORE_START",
                        "La fin de la période de port précède son début.", "The wearing period ends before it starts."));
            } else if (r.monitoringKind() == MonitoringKind.EXTERNAL_PASSIVE
                    && new WearingPeriod(r.periodStart(), r.periodEnd()).exceedsMonths(PASSIVE_MAX_MONTHS)) {
                errors.add(new FieldProblem("periodEnd", "PASSIVE_PERIOD_TOO_LONG",
                        "Une période de port de dosimètre passif ne peut dépasser trois mois.",
                        "A passive dosimeter's wearing period cannot exceed three months."));
            }
            if (r.periodEnd().isAfter(today)) {
                errors.add(new FieldProblem("periodEnd", "PERIOD_IN_FUTURE",
                        "La période de port ne peut pas se terminer dans le futur.",
                        "The wearing period cannot end in the future."));
            }
        }
        if (r.monitoringKind() == MonitoringKind.MDT_NON_ACCREDITED_SOURCE && r.note().isEmpty()) {
            errors.add(new FieldProblem("sourceNote", "SOURCE_NOTE_REQUIRED",
                    "Indiquez la provenance de ce résultat (note de provenance) : il ne vient pas d'un organisme "
                            + "accrédité et vous êtes responsable de sa pertinence.",
                    "Say where this result comes from (source note): it does not come from an accredited body and "
                            + "you are responsible for its relevance."));
        }
        if (r.valueMsv() == null) {
            if (r.resultStatus() != RecordStatus.NO_RESULT) {
                errors.add(new FieldProblem("valueMsv", "REQUIRED", "La dose est obligatoire pour un résultat.",
                        "The dose is required for a result."));
            }
        } else {
            dose(errors, "valueMsv", r.valueMsv());
        }
        if (r.belowThreshold() && r.thresholdMsv() == null) {
            errors.add(new FieldProblem("thresholdMsv", "REQUIRED",
                    "Le seuil d'enregistrement est obligatoire quand la dose est sous le seuil (« M »).",
                    "The recording threshold is required when the dose is below it (\"M\")."));
        } else if (r.thresholdMsv() != null) {
            dose(errors, "thresholdMsv", r.thresholdMsv());
        }
        return errors;
    }

    static boolean needsReview(DoseRecordSubmission r) {
        return r.valueMsv() != null && r.valueMsv().compareTo(REVIEW_ABOVE_MSV) > 0;
    }

    private static void dose(List<FieldProblem> errors, String field, BigDecimal value) {
        if (value.signum() < 0) {
            errors.add(new FieldProblem(field, "NEGATIVE_DOSE", "La dose ne peut pas être négative.",
                    "A dose cannot be negative."));
            return;
        }
        try {
            new Dose(value);
        } catch (InvalidValue e) {
            errors.add(new FieldProblem(field, "TOO_MANY_DECIMALS", e.reasonFr(), e.reasonEn()));
            return;
        }
        if (value.compareTo(COLUMN_LIMIT) >= 0) {
            errors.add(new FieldProblem(field, "OUT_OF_RANGE", "La dose dépasse toute valeur enregistrable.",
                    "The dose exceeds any recordable value."));
        }
    }

    private static List<FieldProblem> identifier(String field, Runnable parse) {
        try {
            parse.run();
            return List.of();
        } catch (InvalidValue e) {
            return List.of(new FieldProblem(field, "INVALID_" + field.toUpperCase(java.util.Locale.ROOT), e.reasonFr(),
                    e.reasonEn()));
        } catch (RuntimeException e) {
            return List.of(new FieldProblem(field, "REQUIRED", "Valeur obligatoire.", "Required value."));
        }
    }
}
