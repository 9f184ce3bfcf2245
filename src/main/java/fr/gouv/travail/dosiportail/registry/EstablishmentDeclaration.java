package fr.gouv.travail.dosiportail.registry;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An establishment and its company (the SIREN is the first 9 digits of the SIRET). */
@Schema(description = "Déclaration d'un établissement et de son entreprise")
public record EstablishmentDeclaration(
        @NotBlank @Pattern(regexp = "\\d{14}") @Schema(example = "73282932000074") String siret,
        @NotBlank @Size(max = 200) @Schema(description = "Raison sociale de l'entreprise") String companyName,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 300) String addressLine,
        @NotBlank @Pattern(regexp = "\\d{5}") String postalCode,
        @NotBlank @Size(max = 100) String city,
        @Pattern(regexp = "(\\d{5}|2[AB]\\d{3})") String cityInseeCode,
        @NotBlank @Pattern(regexp = "\\d{2}\\.?\\d{2}[A-Z]") @Schema(example = "86.10Z") String nafCode,
        @NotBlank @Schema(description = "Code du domaine d'activité (nomenclature)", example = "MED") String activityDomain,
        boolean defence,
        @NotBlank @Size(max = 100) String headLastName,
        @NotBlank @Size(max = 100) String headFirstName,
        @Email @Size(max = 200) String headEmail) {
}
