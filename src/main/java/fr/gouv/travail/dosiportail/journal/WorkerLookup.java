package fr.gouv.travail.dosiportail.journal;

import fr.gouv.travail.dosiportail.core.Nir;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the référentiel id of the worker who holds a NIR, so that a logged-in worker sees the entries about them.
 * The référentiel implements it (the référentiel already depends on the journal; the reverse would be a cycle).
 */
public interface WorkerLookup {

    Optional<UUID> workerIdOf(Nir nir);
}
