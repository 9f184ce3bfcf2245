package fr.gouv.travail.dosiportail.registry;

import java.util.Set;
import java.util.UUID;

/**
 * Something in the référentiel changed that may let waiting records match: workers declared or whose name changed,
 * employments started or ended, classifications recorded ({@code workerIds}), establishments declared
 * ({@code establishmentIds}). Published once per declaring transaction, or per chunk of a bulk file, beside the
 * fine-grained events: a listener of this one costs one event-log row per transaction, not one per line.
 */
public record ReferentialChanged(Set<UUID> workerIds, Set<UUID> establishmentIds) {

    public ReferentialChanged {
        workerIds = Set.copyOf(workerIds);
        establishmentIds = Set.copyOf(establishmentIds);
    }
}
