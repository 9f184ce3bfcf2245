package fr.gouv.travail.dosiportail.surveillance.limits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A limit strictly exceeded: the window where the sum peaks within one episode of overlapping exceeded windows.
 *
 * @param countedMsv the sum compared with the limit (full records, or pro-rata, as the setting says)
 * @param fullMsv records overlapping the window counted in full
 * @param proRataMsv records counted for the part of their wearing period inside the window
 * @param site the measurement site for an equivalent dose, null for E
 * @param emergencyEventId the event, for an emergency reference level
 */
public record Exceedance(LimitRule rule, String site, LocalDate windowStart, LocalDate windowEnd,
                         BigDecimal countedMsv, BigDecimal fullMsv, BigDecimal proRataMsv, List<UUID> recordIds,
                         UUID emergencyEventId) {

    public Exceedance {
        recordIds = List.copyOf(recordIds);
    }
}
