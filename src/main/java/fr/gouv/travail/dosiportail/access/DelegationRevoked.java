package fr.gouv.travail.dosiportail.access;

import java.time.Instant;
import java.util.UUID;

/** An MDT revoked a delegation; published in the revoking transaction. */
public record DelegationRevoked(UUID delegationId, String delegatingRpps, Instant revokedAt, String reason,
                                String revokedBy) {
}
