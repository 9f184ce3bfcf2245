package fr.gouv.travail.dosiportail.dosimetry;

import java.time.LocalDate;
import java.util.UUID;

/** One stored dose record, as its acceptance event names it: ids and dates, never the NIR nor the value. */
public record AcceptedDose(UUID recordId, UUID workerId, UUID establishmentId, QuantityCode quantity,
                           LocalDate periodStart, LocalDate periodEnd, boolean reviewRequired) {
}
