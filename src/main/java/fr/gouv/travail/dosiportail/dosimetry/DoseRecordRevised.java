package fr.gouv.travail.dosiportail.dosimetry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A dose record got a new version linked to the previous one (published in the same transaction). Surveillance
 * recomputes the worker's limits over the record's period from it.
 */
public record DoseRecordRevised(UUID recordId, UUID previousRecordId, UUID workerId, QuantityCode quantity,
                                LocalDate periodStart, LocalDate periodEnd, RevisionKind kind, Instant revisedAt) {
}
