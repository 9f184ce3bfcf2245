package fr.gouv.travail.dosiportail.registry;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** End of a designation: sets its last day of validity. */
public record DesignationEnd(@NotNull LocalDate validTo) {
}
