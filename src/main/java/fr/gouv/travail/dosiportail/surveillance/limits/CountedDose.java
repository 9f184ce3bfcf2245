package fr.gouv.travail.dosiportail.surveillance.limits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One dose that counts against limits: the current, non-cancelled version of a record, already mapped to what it
 * caps by the effective-dose rule. A value below the recording threshold ("M") counts 0.
 *
 * @param site for equivalent doses, where it was measured (each site is capped on its own); null for E
 * @param external from external exposure (the 500 mSv emergency level counts only those)
 */
public record CountedDose(UUID recordId, LocalDate start, LocalDate end, LimitQuantity quantity, String site,
                          BigDecimal valueMsv, boolean external, UUID emergencyEventId) {

    long microSievert() {
        return valueMsv.movePointRight(3).longValueExact();
    }

    long days() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && !end.isBefore(from);
    }
}
