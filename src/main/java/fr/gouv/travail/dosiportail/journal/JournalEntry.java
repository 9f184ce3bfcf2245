package fr.gouv.travail.dosiportail.journal;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * One access to append: who (as which actor kind, on whose behalf), which worker (référentiel id, never the NIR),
 * which kind of data, read or write, why, whether it was allowed, through what, and when.
 */
public record JournalEntry(
        Instant occurredAt,
        ActorKind actorKind,
        String actorSubject,
        String actorDisplayName,
        String onBehalfOf,
        UUID workerId,
        DataKind dataKind,
        JournalAction action,
        String purpose,
        Outcome outcome,
        String resource) {

    public JournalEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorKind, "actorKind");
        Objects.requireNonNull(actorSubject, "actorSubject");
        Objects.requireNonNull(dataKind, "dataKind");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("an access to personal data needs a purpose");
        }
        if (resource == null || resource.isBlank()) {
            throw new IllegalArgumentException("resource");
        }
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        actorDisplayName = actorDisplayName == null || actorDisplayName.isBlank() ? actorSubject : actorDisplayName;
    }

    /**
     * An access by this actor now. An employer, correspondent or their software acts on behalf of its company
     * ({@code SIREN …}); {@link #onBehalfOf(String)} states another principal (delegation, operator's support).
     */
    public static JournalEntry of(Actor actor, UUID workerId, DataKind dataKind, JournalAction action, String purpose,
                                  Outcome outcome, String resource) {
        String company = actor.company().map(s -> "SIREN " + s.value()).orElse(null);
        return new JournalEntry(Instant.now(), actor.kind(), actor.subject(), actor.displayName(), company, workerId,
                dataKind, action, purpose, outcome, resource);
    }

    public JournalEntry onBehalfOf(String principal) {
        return new JournalEntry(occurredAt, actorKind, actorSubject, actorDisplayName, principal, workerId, dataKind,
                action, purpose, outcome, resource);
    }

    /** The same access about another worker (one entry per worker shown by a list). */
    public JournalEntry about(UUID otherWorkerId) {
        return new JournalEntry(occurredAt, actorKind, actorSubject, actorDisplayName, onBehalfOf, otherWorkerId,
                dataKind, action, purpose, outcome, resource);
    }
}
