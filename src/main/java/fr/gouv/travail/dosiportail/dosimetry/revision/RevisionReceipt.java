package fr.gouv.travail.dosiportail.dosimetry.revision;

import fr.gouv.travail.dosiportail.dosimetry.RevisionKind;
import java.time.Instant;
import java.util.UUID;

/** The answer to a correction or a cancellation: the new version, the one it replaces, and a receipt number. */
public record RevisionReceipt(UUID recordId, UUID previousRecordId, int version, RevisionKind kind,
                             String receiptNumber, Instant revisedAt) {
}
