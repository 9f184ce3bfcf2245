package fr.gouv.travail.dosiportail.surveillance.alert;

import fr.gouv.travail.dosiportail.surveillance.limits.CountedDose;
import fr.gouv.travail.dosiportail.surveillance.limits.LimitQuantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The highest 12-month sum of a quantity (per site for equivalent doses, the highest site), records counted in full
 * when they overlap the window (the engine's conservative default): the peak lies on a window ending on a record's
 * start, and no later than {@code asOf}.
 */
final class PeakSums {

    /** A window and its sum; {@code ZERO} when no record. */
    record Peak(LocalDate start, LocalDate end, BigDecimal sumMsv) {
    }

    private PeakSums() {
    }

    static Peak of(List<CountedDose> doses, LimitQuantity q, LocalDate asOf) {
        List<CountedDose> mine = doses.stream().filter(d -> d.quantity() == q && !d.start().isAfter(asOf))
                .sorted(Comparator.comparing(CountedDose::start)).toList();
        Peak best = new Peak(asOf.minusMonths(12).plusDays(1), asOf, BigDecimal.ZERO);
        for (CountedDose end : mine) {
            LocalDate to = end.start();
            LocalDate from = to.minusMonths(12).plusDays(1);
            java.util.Map<String, BigDecimal> bySite = new java.util.HashMap<>();
            for (CountedDose d : mine) {
                if (!d.start().isAfter(to) && !d.end().isBefore(from)) {
                    bySite.merge(Objects.toString(d.site(), ""), d.valueMsv(), BigDecimal::add);
                }
            }
            BigDecimal sum = bySite.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            if (sum.compareTo(best.sumMsv()) > 0) {
                best = new Peak(from, to, sum);
            }
        }
        return best;
    }
}
