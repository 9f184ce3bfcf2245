package fr.gouv.travail.dosiportail.access.delegation;

import fr.gouv.travail.dosiportail.journal.DataKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A delegation the MDT grants: to a health professional of the service (by RPPS or e-mail) or to another MDT (by
 * RPPS), or internal results shared with the establishment's CRP (R.4451-70, by e-mail); for some establishments (SIRET; none: all the MDT follows), some kinds of data, and a period.
 */
public record DelegationRequest(
        @NotNull @Pattern(regexp = "HEALTH_PROFESSIONAL|OCCUPATIONAL_PHYSICIAN|RADIATION_PROTECTION_ADVISER") String delegateKind,
        @NotBlank @Size(max = 200) String delegateName,
        @Pattern(regexp = "\\d{11}") String delegateRpps,
        @Email @Size(max = 320) String delegateEmail,
        @Size(max = 100) List<@Pattern(regexp = "\\d{14}") String> sirets,
        @NotEmpty Set<@NotNull DataKind> dataKinds,
        @NotNull LocalDate validFrom,
        LocalDate validTo) {
}
