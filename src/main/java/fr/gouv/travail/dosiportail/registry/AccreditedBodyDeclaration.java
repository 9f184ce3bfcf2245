package fr.gouv.travail.dosiportail.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** An accredited body (declared by the operator only). */
public record AccreditedBodyDeclaration(
        @NotNull AccreditedBodyKind kind,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "\\d{14}") String siret,
        @NotBlank @Size(max = 50) String accreditationNumber,
        List<@NotBlank String> scope,
        @NotNull LocalDate validFrom,
        LocalDate validTo) {

    public AccreditedBodyDeclaration {
        scope = scope == null ? List.of() : List.copyOf(scope);
    }
}
