package fr.gouv.travail.dosiportail.surveillance.limits;

import java.time.LocalDate;

/** A closed range of days over which doses are summed. */
record Window(LocalDate start, LocalDate end) {

    static Window twelveMonthsEndingOn(LocalDate end) {
        return new Window(end.minusMonths(12).plusDays(1), end);
    }

    static Window fiveYearsEndingOn(LocalDate end) {
        return new Window(end.minusYears(5).plusDays(1), end);
    }

    boolean overlaps(Window other) {
        return !other.start.isAfter(end) && !other.end.isBefore(start);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
