package fr.gouv.travail.dosiportail.dosimetry.collection;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Cumulative time spent in each phase of the chunk path since start (a few clock reads per chunk, not per record):
 * read by the intake benchmark (bench/dose-intake.sh) to split the time per phase.
 */
public final class ChunkTimings {

    /**
     * The phases of one chunk, in order; MATCH_SQL is the part of MATCH spent in its three queries. The FILE_ phases
     * are the file path's own (dosimetry/file): reading and parsing lines, the in-file duplicate keys, report lines,
     * progress, and the commit (journal append included, JdbcAccessJournal appends just before it).
     */
    public enum Phase {
        VALIDATE, CURRENT_VERSIONS, MATCH, MATCH_SQL, QUARANTINE, INSERT, JOURNAL_AND_EVENTS,
        FILE_READ_PARSE, FILE_LINE_KEYS, FILE_REPORT, FILE_PROGRESS, FILE_COMMIT
    }

    private static final Map<Phase, LongAdder> NANOS = new EnumMap<>(Phase.class);

    static {
        for (Phase p : Phase.values()) {
            NANOS.put(p, new LongAdder());
        }
    }

    private ChunkTimings() {
    }

    /** Adds the time since {@code start} to the phase and returns now, the start of the next phase. */
    public static long lap(Phase phase, long start) {
        long now = System.nanoTime();
        NANOS.get(phase).add(now - start);
        return now;
    }

    /** Nanoseconds spent in each phase so far. */
    public static Map<Phase, Long> snapshot() {
        Map<Phase, Long> copy = new EnumMap<>(Phase.class);
        NANOS.forEach((p, n) -> copy.put(p, n.sum()));
        return copy;
    }
}
