package fr.gouv.travail.dosiportail.registry;

import fr.gouv.travail.dosiportail.core.Sex;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A worker (one person, keyed by NIR) declared by the establishment that employs them. */
@Schema(description = "Déclaration d'un travailleur par un établissement")
public record WorkerDeclaration(
        @NotBlank @Pattern(regexp = "\\d{14}") @Schema(description = "SIRET de l'établissement déclarant") String siret,
        @NotBlank @Pattern(regexp = "[12378]\\d{4}(\\d{2}|2[AB])\\d{8}") @Schema(description = "NIR (15 caractères, clé comprise)") String nir,
        @NotBlank @Size(max = 100) String birthName,
        @Size(max = 100) String usageName,
        @NotBlank @Size(max = 200) String firstNames,
        @NotNull Sex sex,
        @NotNull @Past LocalDate birthDate,
        @NotBlank @Pattern(regexp = "(\\d{5}|2[AB]\\d{3}|99\\d{3})")
        @Schema(description = "Code INSEE de la commune de naissance, ou 99xxx (pays)") String birthPlaceCode) {

    @Override
    public String toString() {
        return "WorkerDeclaration[siret=" + siret + ", nir=" + (nir == null || nir.length() < 5 ? "?" : nir.substring(0, 5) + "…") + "]";
    }
}
