package fr.gouv.travail.dosiportail.registry;

import java.time.LocalDate;
import java.util.UUID;

/** A designation was made or ended (validTo set). */
public record DesignationChanged(UUID designationId, UUID establishmentId, DesignationRole role, LocalDate validFrom,
                                 LocalDate validTo) {
}
