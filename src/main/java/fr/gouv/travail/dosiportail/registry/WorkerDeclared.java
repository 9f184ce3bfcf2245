package fr.gouv.travail.dosiportail.registry;

import java.util.UUID;

/** A worker was recorded for the first time (published in the declaring transaction). No NIR here. */
public record WorkerDeclared(UUID workerId, UUID establishmentId) {
}
