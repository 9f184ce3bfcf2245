package fr.gouv.travail.dosiportail.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The days (both ends included) during which a dosimeter was worn. */
public record WearingPeriod(LocalDate start, LocalDate end) {

    public WearingPeriod {
        if (start == null || end == null) {
            throw new InvalidValue("wearingPeriod",
                    "La période de port doit avoir une date de début et une date de fin.",
                    "The wearing period needs a start date and an end date.");
        }
        if (end.isBefore(start)) {
            throw new InvalidValue("wearingPeriod", "La fin de la période de port précède son début.",
                    "The wearing period ends before it starts.");
        }
    }

    /** Number of days, both ends included (a single day counts 1). */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public boolean overlaps(WearingPeriod other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /** True when longer than {@code months} months: 15 Jan–14 Apr fits in 3 months, 15 Jan–15 Apr does not. */
    public boolean exceedsMonths(int months) {
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1");
        }
        return end.isAfter(start.plusMonths(months).minusDays(1));
    }
}
