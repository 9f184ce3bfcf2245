package fr.gouv.travail.dosiportail.journal.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.UUID;

/**
 * The hash of an entry, computed exactly as the database trigger does (canonical form documented in
 * {@code V40__journal.sql}): SHA-256 of the previous hash followed by the length-prefixed UTF-8 fields.
 */
public final class EntryHash {

    /** The previous hash of the first entry. */
    public static final byte[] GENESIS = new byte[32];

    private EntryHash() {
    }

    /** The content of one stored entry, as the hash covers it. */
    public record Content(long id, Instant occurredAt, String actorKind, String actorSubject, String actorDisplayName,
                          String onBehalfOf, UUID workerId, String dataKind, String action, String purpose,
                          String outcome, String resource) {
    }

    public static byte[] of(byte[] previousHash, Content c) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash);
            sha.update(canonical(c));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static byte[] canonical(Content c) {
        StringBuilder s = new StringBuilder(256);
        field(s, Long.toString(c.id()));
        field(s, Long.toString(micros(c.occurredAt())));
        field(s, c.actorKind());
        field(s, c.actorSubject());
        field(s, c.actorDisplayName());
        field(s, c.onBehalfOf());
        field(s, c.workerId() == null ? null : c.workerId().toString());
        field(s, c.dataKind());
        field(s, c.action());
        field(s, c.purpose());
        field(s, c.outcome());
        field(s, c.resource());
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void field(StringBuilder s, String value) {
        if (value == null) {
            s.append("-,");
        } else {
            s.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append(',');
        }
    }

    static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }
}
