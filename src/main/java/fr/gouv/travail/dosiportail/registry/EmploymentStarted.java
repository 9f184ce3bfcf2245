package fr.gouv.travail.dosiportail.registry;

import java.time.LocalDate;
import java.util.UUID;

/** A worker–establishment couple was declared. */
public record EmploymentStarted(UUID employmentId, UUID workerId, UUID establishmentId, LocalDate startDate) {
}
