package fr.gouv.travail.dosiportail.dosimetry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer to a submission: its receipt number, the counts and one result per record. */
public record SubmissionReceipt(UUID submissionId, String receiptNumber, Instant receivedAt, int accepted,
                                int quarantined, int rejected, List<ItemResult> items) {

    public SubmissionReceipt {
        items = List.copyOf(items);
    }
}
