package fr.gouv.travail.dosiportail.surveillance.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try again after a failure: the first retry after {@code first}, doubling (1 min, 2, 4, … by default),
 * capped at {@code max}; nothing once the next attempt would fall after {@code createdAt + giveUpAfter}.
 */
public record Backoff(Duration first, Duration max, Duration giveUpAfter) {

    static Backoff of(DeliverySettings s) {
        return new Backoff(s.firstRetry(), s.maxRetryDelay(), s.giveUpAfter());
    }

    /** The delay after the {@code failures}-th failed attempt (1 for the first). */
    public Duration delayAfter(int failures) {
        Duration d = first;
        for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }

    /** The next attempt after a failure at {@code now}, or empty when the message must be given up. */
    public Optional<Instant> next(Instant createdAt, int failures, Instant now) {
        Instant next = now.plus(delayAfter(failures));
        return next.isAfter(createdAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
