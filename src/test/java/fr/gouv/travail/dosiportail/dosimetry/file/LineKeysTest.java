package fr.gouv.travail.dosiportail.dosimetry.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The in-memory table of a file's natural keys answers like a map, through its growth and up to its limit. */
class LineKeysTest {

    private static final long SEED = 20261128L;

    static Stream<Long> seeds() {
        return LongStream.range(0, 200).mapToObj(i -> SEED + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void answersTheFirstLineOfEveryKeyLikeAMapAndRefusesKeysBeyondItsLimit(long seed) {
        Random r = new Random(seed);
        int limit = 1 + r.nextInt(20_000);
        LineKeys keys = new LineKeys(limit);
        Map<UUID, Long> expected = new HashMap<>();
        UUID[] pool = new UUID[1 + r.nextInt(30_000)];
        for (int i = 0; i < pool.length; i++) {
            // a few keys share a half, so that probing meets equal halves
            pool[i] = new UUID(r.nextInt(4) == 0 ? 42 : r.nextLong(), r.nextLong());
        }
        int lines = r.nextInt(40_000);
        for (long line = 1; line <= lines; line++) {
            UUID key = pool[r.nextInt(pool.length)];
            long first = keys.firstLine(key);
            assertThat(first).isEqualTo(expected.getOrDefault(key, 0L));
            if (first == 0) {
                boolean kept = keys.add(key, line);
                assertThat(kept).isEqualTo(expected.size() < limit);
                if (kept) {
                    expected.put(key, line);
                }
            }
        }
        assertThat(keys.size()).isEqualTo(expected.size());
        expected.forEach((k, v) -> assertThat(keys.firstLine(k)).isEqualTo(v));
    }
}
