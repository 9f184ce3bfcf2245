package fr.gouv.travail.dosiportail.registry;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** End of an employment: the row stays, with its end date and reason. */
public record EmploymentEnd(@NotNull LocalDate endDate, @Size(max = 300) String reason) {
}
