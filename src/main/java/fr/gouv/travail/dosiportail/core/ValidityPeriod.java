package fr.gouv.travail.dosiportail.core;

import java.time.LocalDate;

/**
 * When something holds (an employment, a profile, a designation): from a day, up to a day included, or open-ended
 * when {@code to} is {@code null}.
 */
public record ValidityPeriod(LocalDate from, LocalDate to) {

    public ValidityPeriod {
        if (from == null) {
            throw new InvalidValue("validityPeriod", "La période de validité doit avoir une date de début.",
                    "The validity period needs a start date.");
        }
        if (to != null && to.isBefore(from)) {
            throw new InvalidValue("validityPeriod", "La date de fin précède la date de début.",
                    "The end date is before the start date.");
        }
    }

    /** An open-ended period starting on {@code from}. */
    public static ValidityPeriod startingOn(LocalDate from) {
        return new ValidityPeriod(from, null);
    }

    public boolean isOpen() {
        return to == null;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    public boolean overlaps(ValidityPeriod other) {
        boolean otherStartsInTime = to == null || !other.from.isAfter(to);
        boolean otherEndsInTime = other.to == null || !other.to.isBefore(from);
        return otherStartsInTime && otherEndsInTime;
    }

    /** The same period ending on {@code date} (included); {@code date} must not precede the start. */
    public ValidityPeriod endOn(LocalDate date) {
        if (date == null) {
            throw new InvalidValue("validityPeriod", "La date de fin est absente.", "The end date is missing.");
        }
        return new ValidityPeriod(from, date);
    }
}
