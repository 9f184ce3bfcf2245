package fr.gouv.travail.dosiportail.dosimetry;

import fr.gouv.travail.dosiportail.core.Dose;
import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.core.Siret;
import fr.gouv.travail.dosiportail.core.WearingPeriod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One dose result as an originator sends it. The worker is named by NIR, birth (or usage) name and first name;
 * the establishment by SIRET at the time of exposure. Doses are exact decimals in mSv.
 *
 * @param resultStatus result, absence of result, or late result ({@code status} is a server-side word)
 * @param belowThreshold the "M" flag: below the recording threshold given in {@code thresholdMsv}
 * @param sourceNote where the result comes from, in the originator's words (a foreign service's report number, a
 *                   reconstitution…): free text, not part of the record's identity; required for
 *                   {@link MonitoringKind#MDT_NON_ACCREDITED_SOURCE}
 */
public record DoseRecordSubmission(
        @NotBlank String nir,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank String siret,
        @NotNull OriginatorKind originatorKind,
        @NotBlank @Size(max = 40) String originatorId,
        @NotNull MonitoringKind monitoringKind,
        @NotBlank @Size(max = 60) String dosimeterId,
        BodyLocation bodyLocation,
        RadiationType radiationType,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @NotNull QuantityCode quantity,
        BigDecimal valueMsv,
        boolean belowThreshold,
        BigDecimal thresholdMsv,
        @NotNull RecordStatus resultStatus,
        UUID emergencyEventId,
        @Size(max = 500) String sourceNote) {

    /** The largest source note, in characters. */
    public static final int SOURCE_NOTE_MAX = 500;

    /** The source note without surrounding blanks; empty when absent or blank. */
    public Optional<String> note() {
        return sourceNote == null || sourceNote.isBlank() ? Optional.empty() : Optional.of(sourceNote.strip());
    }

    public Nir nirValue() {
        return new Nir(nir);
    }

    public Siret siretValue() {
        return new Siret(siret);
    }

    public WearingPeriod period() {
        return new WearingPeriod(periodStart, periodEnd);
    }

    /** Empty for an absence of result; otherwise the checked dose (non-negative, at most 3 decimals). */
    public Optional<Dose> dose() {
        return valueMsv == null ? Optional.empty() : Optional.of(new Dose(valueMsv));
    }
}
