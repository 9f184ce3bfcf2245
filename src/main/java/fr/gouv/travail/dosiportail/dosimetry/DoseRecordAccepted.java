package fr.gouv.travail.dosiportail.dosimetry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A dose record was accepted and stored; published in the storing transaction. Ids only, never the NIR. */
public record DoseRecordAccepted(
        UUID recordId,
        UUID workerId,
        UUID establishmentId,
        UUID submissionId,
        QuantityCode quantity,
        LocalDate periodStart,
        LocalDate periodEnd,
        boolean reviewRequired,
        Instant receivedAt) {
}
