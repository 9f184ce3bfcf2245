package fr.gouv.travail.dosiportail.dosimetry;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One stored dose record, as its acceptance event names it: ids and dates, never the NIR nor the value. Serialised as
 * an array in the event publication log: a chunk's event lists 5,000 of them, and repeating the property names
 * doubled the log's volume (≈1 MB per chunk).
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record AcceptedDose(UUID recordId, UUID workerId, UUID establishmentId, QuantityCode quantity,
                           LocalDate periodStart, LocalDate periodEnd, boolean reviewRequired) {
}
