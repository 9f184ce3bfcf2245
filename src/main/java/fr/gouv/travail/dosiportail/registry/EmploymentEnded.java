package fr.gouv.travail.dosiportail.registry;

import java.time.LocalDate;
import java.util.UUID;

/** An employment got (or changed) its end date. */
public record EmploymentEnded(UUID employmentId, UUID workerId, UUID establishmentId, LocalDate endDate) {
}
