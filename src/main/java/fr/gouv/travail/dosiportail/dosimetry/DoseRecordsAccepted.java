package fr.gouv.travail.dosiportail.dosimetry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Dose records were accepted and stored, published in the storing transaction: one event per request or per chunk of
 * a file (the JDBC event log costs about half a millisecond per event, so one per record would cap the intake).
 */
public record DoseRecordsAccepted(UUID submissionId, Instant receivedAt, List<AcceptedDose> records) {

    public DoseRecordsAccepted {
        records = List.copyOf(records);
    }
}
