package fr.gouv.travail.dosiportail.registry;

import java.time.LocalDate;
import java.util.UUID;

/** An employment's classification or exposure changed from a date. */
public record ExposureProfileChanged(UUID profileId, UUID employmentId, UUID workerId, LocalDate validFrom,
                                     Classification classification) {
}
