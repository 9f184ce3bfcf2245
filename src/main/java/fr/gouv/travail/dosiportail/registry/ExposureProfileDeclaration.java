package fr.gouv.travail.dosiportail.registry;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Classification and exposure of an employment from a date; it closes the previous profile the day before. */
@Schema(description = "Profil d'exposition d'un emploi")
public record ExposureProfileDeclaration(
        @NotNull UUID employmentId,
        @NotNull LocalDate validFrom,
        @NotNull Classification classification,
        @Min(1) @Max(2) @Schema(description = "Groupe d'intervention en situation d'urgence (1 ou 2)") Integer emergencyGroup,
        boolean radon,
        boolean cosmicRadiation,
        @Schema(example = "MED_CARDIO_INTERV") String sectorCode,
        @Schema(example = "CARDIO_INTERV") String occupationCode,
        Set<MonitoringType> monitoringTypes) {

    public ExposureProfileDeclaration {
        monitoringTypes = monitoringTypes == null ? Set.of() : Set.copyOf(monitoringTypes);
    }
}
