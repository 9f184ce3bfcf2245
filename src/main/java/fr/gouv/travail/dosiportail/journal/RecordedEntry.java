package fr.gouv.travail.dosiportail.journal;

import fr.gouv.travail.dosiportail.identity.ActorKind;
import java.time.Instant;
import java.util.UUID;

/** An entry as stored, for the worker's own view (the actor's subject and the hashes are left out). */
public record RecordedEntry(long id, Instant occurredAt, ActorKind actorKind, String actorDisplayName,
                            String onBehalfOf, UUID workerId, DataKind dataKind, JournalAction action, String purpose,
                            Outcome outcome, String resource) {
}
