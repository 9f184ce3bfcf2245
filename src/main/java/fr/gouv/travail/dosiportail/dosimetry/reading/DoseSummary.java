package fr.gouv.travail.dosiportail.dosimetry.reading;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A worker's doses summed over three windows ending at {@code at} under the effective dose rule
 * (docs/rules/effective-dose.md): rolling 12 months (R.4451-6), calendar year to date, whole career.
 *
 * @param internalShown false when the caller may not read internal results (R.4451-70): the INTERNAL component is
 *     then left out (null) while the effective dose, which the caller may read, still includes it
 */
public record DoseSummary(UUID workerId, LocalDate at, boolean countOperational, boolean internalShown,
                          Window rolling12Months, Window calendarYear, Window career, List<MissingResult> missingResults) {

    public DoseSummary {
        missingResults = List.copyOf(missingResults);
    }

    /**
     * One window [from, to] ({@code from} null for the career).
     *
     * @param effectiveDoseMsv sum of the counted values ("M" counts 0), records overlapping the window in full
     * @param upperBoundMsv the same with each "M" counted at its threshold
     * @param proRataMsv the same with each record straddling a bound counted in proportion of its days inside
     * @param components effective dose by component (EXTERNAL, OPERATIONAL, INTERNAL, RADON, COSMIC, EMERGENCY)
     * @param hp007Msv equivalent dose to the skin and extremities, Hp(0.07) (R.4451-6 2° a)
     * @param hp3Msv equivalent dose to the lens of the eye, Hp(3) (R.4451-6 2° b)
     * @param recordCount counted records (effective or equivalent dose) overlapping the window
     * @param belowThresholdCount of which "M"
     * @param straddlingCount of which counted in full although straddling a bound
     * @param missingResultCount absences of result (NO_RESULT) overlapping the window, listed, never counted as 0
     */
    public record Window(LocalDate from, LocalDate to, BigDecimal effectiveDoseMsv, BigDecimal upperBoundMsv,
                         BigDecimal proRataMsv, Map<String, BigDecimal> components, BigDecimal hp007Msv,
                         BigDecimal hp3Msv, long recordCount, long belowThresholdCount, long straddlingCount,
                         long missingResultCount) {
    }

    /** An absence of result: which dosimeter, period and quantity have no dose. */
    public record MissingResult(UUID recordId, LocalDate periodStart, LocalDate periodEnd, String quantity,
                                String dosimeterId, String originatorId) {
    }
}
