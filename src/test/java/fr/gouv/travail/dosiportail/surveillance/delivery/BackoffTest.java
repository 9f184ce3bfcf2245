package fr.gouv.travail.dosiportail.surveillance.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BackoffTest {

    static final Backoff DEFAULT = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(72));

    @Test
    void delaysDoubleFromOneMinuteUpToOneHour() {
        assertThat(IntStream.rangeClosed(1, 9).mapToObj(DEFAULT::delayAfter).map(Duration::toMinutes))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        assertThat(DEFAULT.delayAfter(1_000_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aMessageIsGivenUpOnlyWhenItsNextAttemptWouldFallPastTheHorizon() {
        Instant created = Instant.parse("2030-01-01T00:00:00Z");
        assertThat(DEFAULT.next(created, 80, created.plus(Duration.ofHours(71)))).contains(created.plus(Duration.ofHours(72)));
        assertThat(DEFAULT.next(created, 80, created.plus(Duration.ofHours(71)).plusSeconds(1))).isEmpty();
    }

    /** Seed 20261128: 3,000 random (first, max, failures); the delay is within [first, max] and never decreases. */
    static Stream<Arguments> cases() {
        Random random = new Random(20261128L);
        return IntStream.range(0, 3000).mapToObj(i -> {
            long first = 1 + random.nextInt(600);
            long max = first + random.nextInt(100_000);
            return Arguments.of(first, max, 1 + random.nextInt(200));
        });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theDelayStaysBetweenTheFirstAndTheCapAndNeverDecreases(long first, long max, int failures) {
        Backoff b = new Backoff(Duration.ofSeconds(first), Duration.ofSeconds(max), Duration.ofHours(72));
        Duration d = b.delayAfter(failures);
        assertThat(d).isBetween(Duration.ofSeconds(first), Duration.ofSeconds(max));
        assertThat(b.delayAfter(failures + 1)).isGreaterThanOrEqualTo(d);
    }
}
