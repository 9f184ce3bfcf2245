package fr.gouv.travail.dosiportail.surveillance.limits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The doses of one window: counted in full when they overlap it, and pro rata of their days inside it. */
record WindowSum(Window window, long fullMicroSievert, BigDecimal proRataMsv, List<UUID> recordIds) {

    static WindowSum of(List<CountedDose> doses, Window w) {
        long full = 0;
        BigDecimal proRata = BigDecimal.ZERO;
        List<UUID> ids = new ArrayList<>();
        for (CountedDose d : doses) {
            if (d.overlaps(w.start(), w.end())) {
                full += d.microSievert();
                long inside = Math.min(d.end().toEpochDay(), w.end().toEpochDay())
                        - Math.max(d.start().toEpochDay(), w.start().toEpochDay()) + 1;
                proRata = proRata.add(inside == d.days() ? d.valueMsv()
                        : d.valueMsv().multiply(BigDecimal.valueOf(inside))
                        .divide(BigDecimal.valueOf(d.days()), 3, RoundingMode.HALF_UP));
                ids.add(d.recordId());
            }
        }
        return new WindowSum(w, full, proRata, ids);
    }

    /** Fast path for screening: the full sum only. */
    static long fullOnly(List<CountedDose> doses, Window w) {
        long full = 0;
        for (CountedDose d : doses) {
            if (d.overlaps(w.start(), w.end())) {
                full += d.microSievert();
            }
        }
        return full;
    }

    BigDecimal fullMsv() {
        return BigDecimal.valueOf(fullMicroSievert, 3).stripTrailingZeros();
    }

    BigDecimal counted(SurveillanceSettings.Straddling straddling) {
        return straddling == SurveillanceSettings.Straddling.PRO_RATA ? proRataMsv : fullMsv();
    }
}
