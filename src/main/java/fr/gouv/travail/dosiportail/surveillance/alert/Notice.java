package fr.gouv.travail.dosiportail.surveillance.alert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A classification notice, a CRP pre-alert or a significant event to tell (not a limit alert).
 *
 * @param kind CATEGORY_B_ABOVE_A_THRESHOLD, NOT_CLASSIFIED_WITH_RESULTS, CONSTRAINT_PRE_ALERT, QUARTER_OF_ANNUAL_LIMIT
 * @param thresholdMsv the threshold, constraint or limit compared with (null when none)
 */
record Notice(String subjectKind, UUID subjectId, String kind, String quantity, String article,
              LocalDate windowStart, LocalDate windowEnd, BigDecimal sumMsv, BigDecimal thresholdMsv, Facts facts) {
}
