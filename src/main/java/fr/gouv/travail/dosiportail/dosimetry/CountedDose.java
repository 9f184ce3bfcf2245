package fr.gouv.travail.dosiportail.dosimetry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One current, counting record as the effective-dose rule maps it (docs/rules/effective-dose.md): what it caps, the
 * value counted ("M" counts 0), and where it was measured.
 *
 * @param seriesKey the record's natural key (the same across its versions), for "once per record" causes
 * @param site body location for equivalent doses (WHOLE_BODY when not given)
 * @param external from external exposure (passive, operational fallback, emergency external, skin and lens)
 */
public record CountedDose(UUID recordId, UUID workerId, UUID establishmentId, String seriesKey, LocalDate start,
                          LocalDate end, Capped capped, String site, BigDecimal valueMsv, boolean external,
                          UUID emergencyEventId, Instant receivedAt) {

    /** What a counting record adds to. */
    public enum Capped {
        EFFECTIVE,
        EXTREMITY_SKIN,
        LENS
    }
}
