package fr.gouv.travail.dosiportail.surveillance.limits;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The sum of one window against one limit, exceeded or not (for "where does this worker stand on that day"). */
public record WindowStatus(LimitRule rule, String site, LocalDate windowStart, LocalDate windowEnd,
                           BigDecimal countedMsv, BigDecimal fullMsv, BigDecimal proRataMsv, boolean exceeded) {
}
