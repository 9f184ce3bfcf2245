package fr.gouv.travail.dosiportail.surveillance.alert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** An alert as its last step leaves it. */
record AlertState(UUID id, UUID workerId, String limitCode, String site, UUID emergencyEventId, UUID establishmentId,
                  int seq, AlertStatus status, Figures figures, String outcome, BigDecimal retainedMsv) {

    /** The numbers of a step: the limit, its article and the window where the sum peaks. */
    record Figures(String article, BigDecimal limitMsv, LocalDate windowStart, LocalDate windowEnd,
                   BigDecimal countedMsv, BigDecimal fullMsv, BigDecimal proRataMsv, List<UUID> recordIds) {

        Figures {
            recordIds = List.copyOf(recordIds);
        }

        boolean sameAs(Figures o) {
            return windowStart.equals(o.windowStart) && windowEnd.equals(o.windowEnd)
                    && countedMsv.compareTo(o.countedMsv) == 0 && fullMsv.compareTo(o.fullMsv) == 0
                    && proRataMsv.compareTo(o.proRataMsv) == 0
                    && new java.util.HashSet<>(recordIds).equals(new java.util.HashSet<>(o.recordIds));
        }

        boolean overlaps(LocalDate start, LocalDate end) {
            return !windowStart.isAfter(end) && !windowEnd.isBefore(start);
        }
    }

    boolean sameCause(String limit, String s, UUID event) {
        return limitCode.equals(limit) && site.equals(s == null ? "" : s) && Objects.equals(emergencyEventId, event);
    }
}
