package fr.gouv.travail.dosiportail.dosimetry.revision;

import fr.gouv.travail.dosiportail.dosimetry.BodyLocation;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.MonitoringKind;
import fr.gouv.travail.dosiportail.dosimetry.OriginatorKind;
import fr.gouv.travail.dosiportail.dosimetry.QuantityCode;
import fr.gouv.travail.dosiportail.dosimetry.RadiationType;
import fr.gouv.travail.dosiportail.dosimetry.RecordStatus;
import fr.gouv.travail.dosiportail.journal.DataKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One stored version of a dose record, with its worker's identity and establishment as the référentiel has them. */
public record StoredRecord(UUID id, UUID workerId, UUID establishmentId, OriginatorKind originatorKind,
                           String originatorId, MonitoringKind monitoringKind, String dosimeterId,
                           BodyLocation bodyLocation, RadiationType radiationType, LocalDate periodStart,
                           LocalDate periodEnd, QuantityCode quantity, BigDecimal valueMsv, boolean belowThreshold,
                           BigDecimal thresholdMsv, RecordStatus status, UUID emergencyEventId, int version,
                           boolean cancelled, String receiptNumber, String nir, String lastName, String firstNames,
                           String siret, String sourceNote) {

    public DataKind dataKind() {
        return quantity.internal() ? DataKind.INTERNAL_DOSE : DataKind.EXTERNAL_DOSE;
    }

    /** The record as a submission carrying the corrected values, for the value checks of collection. */
    DoseRecordSubmission corrected(CorrectionRequest c) {
        return new DoseRecordSubmission(nir, lastName, firstNames, siret, originatorKind, originatorId, monitoringKind,
                dosimeterId, c.bodyLocation() != null ? c.bodyLocation() : bodyLocation,
                c.radiationType() != null ? c.radiationType() : radiationType, periodStart, periodEnd, quantity,
                c.valueMsv(), Boolean.TRUE.equals(c.belowThreshold()), c.thresholdMsv(), c.resultStatus(),
                c.emergencyEventId() != null ? c.emergencyEventId() : emergencyEventId,
                c.sourceNote() != null && !c.sourceNote().isBlank() ? c.sourceNote() : sourceNote);
    }

    /** The same values (a cancellation keeps them). */
    DoseRecordSubmission unchanged() {
        return new DoseRecordSubmission(nir, lastName, firstNames, siret, originatorKind, originatorId, monitoringKind,
                dosimeterId, bodyLocation, radiationType, periodStart, periodEnd, quantity, valueMsv, belowThreshold,
                thresholdMsv, status, emergencyEventId, sourceNote);
    }
}
