package fr.gouv.travail.dosiportail.dosimetry.reading;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One version of a dose record as a reader sees it: values, version (corrected, cancelled, reason), its component of
 * the effective or equivalent dose (docs/rules/effective-dose.md) and where it came from.
 *
 * @param component EXTERNAL, OPERATIONAL, INTERNAL, RADON, COSMIC, EMERGENCY, SKIN_EXTREMITIES, LENS or null
 */
public record DoseRecordView(UUID id, UUID workerId, int version, boolean corrected, boolean cancelled,
                             String correctionReason, UUID previousVersionId, LocalDate periodStart,
                             LocalDate periodEnd, String dosimeterId, String quantity, String monitoringKind, String bodyLocation,
                             String radiationType, BigDecimal valueMsv, boolean belowThreshold,
                             BigDecimal thresholdMsv, String resultStatus, String component, Provenance provenance) {

    /**
     * Who sent the version, through what, under which receipt, when, and where the result comes from in the
     * sender's words ({@code sourceNote}, null when none was given).
     */
    public record Provenance(String originatorKind, String originatorId, String channel, String receiptNumber,
                             Instant receivedAt, UUID submissionId, String sourceNote) {
    }
}
