package fr.gouv.travail.dosiportail.dosimetry.file;

import java.time.Instant;
import java.util.UUID;

/**
 * A received dose file: its receipt and where its processing stands. The same file sent again by the same sender
 * answers this same receipt.
 *
 * @param status QUEUED, RUNNING, DONE or FAILED
 * @param linesTotal data lines in the file (without header and blank lines)
 * @param linesRead data lines processed so far, each counted in exactly one of the three counts
 * @param progressPercent linesRead over linesTotal, rounded down (100 only when DONE)
 */
public record DoseFileStatus(UUID id, String receiptNumber, Instant receivedAt, String fileName, FileFormat format,
                             long sizeBytes, String sha256, String status, long linesTotal, long linesRead,
                             long accepted, long quarantined, long rejected, int progressPercent, Instant startedAt,
                             Instant finishedAt, String failure, String failureEn) {

    public boolean finished() {
        return "DONE".equals(status) || "FAILED".equals(status);
    }
}
