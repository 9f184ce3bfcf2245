package fr.gouv.travail.dosiportail.registry;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Designation of the occupational physician (RPPS required), the radiation protection adviser (an employee, or an
 * external organisation given by its SIRET) or the employer's correspondent, for one establishment.
 */
@Schema(description = "Désignation d'un médecin du travail, d'un conseiller en radioprotection ou d'un correspondant")
public record DesignationDeclaration(
        @NotBlank @Pattern(regexp = "\\d{14}") String siret,
        @NotNull DesignationRole role,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Size(max = 100) String firstName,
        @Email @Size(max = 200) String email,
        @Size(max = 30) String phone,
        @Pattern(regexp = "\\d{11}") String rpps,
        @Pattern(regexp = "\\d{14}") @Schema(description = "SIRET de l'organisme extérieur (CRP externe)") String organisationSiret,
        @NotNull LocalDate validFrom) {
}
