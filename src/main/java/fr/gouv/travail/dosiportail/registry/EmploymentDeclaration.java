package fr.gouv.travail.dosiportail.registry;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The worker–establishment couple; its natural key is (worker, establishment, start date). */
@Schema(description = "Déclaration d'un emploi (couple travailleur–établissement)")
public record EmploymentDeclaration(
        @NotBlank @Pattern(regexp = "[12378]\\d{4}(\\d{2}|2[AB])\\d{8}") String nir,
        @NotBlank @Pattern(regexp = "\\d{14}") String siret,
        @NotNull ContractType contractType,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100")
        @Schema(description = "Quotité de travail en %", example = "100") BigDecimal workingTimeRatio,
        @NotNull LocalDate startDate,
        @Schema(description = "Date de fin, si déjà connue") LocalDate endDate) {

    @Override
    public String toString() {
        return "EmploymentDeclaration[siret=" + siret + ", start=" + startDate + "]";
    }
}
