package fr.gouv.travail.dosiportail.identity;

import fr.gouv.travail.dosiportail.core.Nir;
import java.util.Optional;

/**
 * Finds the worker a first FranceConnect login belongs to, when no account matches yet.
 * The référentiel implements it (by identity pivot); without any implementation no worker is found.
 */
public interface WorkerIdentityResolver {

    /** The NIR of the one worker matching this pivot, or empty when none or several match. */
    Optional<Nir> resolve(IdentityPivot pivot);
}
