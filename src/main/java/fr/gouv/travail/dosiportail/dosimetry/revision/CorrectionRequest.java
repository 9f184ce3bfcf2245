package fr.gouv.travail.dosiportail.dosimetry.revision;

import fr.gouv.travail.dosiportail.dosimetry.BodyLocation;
import fr.gouv.travail.dosiportail.dosimetry.RadiationType;
import fr.gouv.travail.dosiportail.dosimetry.RecordStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The corrected values of a dose record and why. The dose, the "M" flag, its threshold and the result status are
 * given in full (the "M" flag false when absent); the body location, radiation type, emergency event and source note
 * keep their previous value when absent. A
 * change of dosimeter, period or quantity is a cancellation plus a new record.
 */
public record CorrectionRequest(
        BigDecimal valueMsv,
        Boolean belowThreshold,
        BigDecimal thresholdMsv,
        @NotNull RecordStatus resultStatus,
        BodyLocation bodyLocation,
        RadiationType radiationType,
        UUID emergencyEventId,
        @NotBlank @Size(max = 500) String reason,
        @Size(max = 500) String sourceNote) {

    /** A correction that keeps the source note. */
    public CorrectionRequest(BigDecimal valueMsv, Boolean belowThreshold, BigDecimal thresholdMsv,
                             RecordStatus resultStatus, BodyLocation bodyLocation, RadiationType radiationType,
                             UUID emergencyEventId, String reason) {
        this(valueMsv, belowThreshold, thresholdMsv, resultStatus, bodyLocation, radiationType, emergencyEventId,
                reason, null);
    }
}
