package fr.gouv.travail.dosiportail.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Token buckets on a hand-driven clock: no real time passes in these tests. */
class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private TokenBuckets buckets(int perMinute, int burst, int maxKeys) {
        return new TokenBuckets(new RateLimitSettings.Budget(perMinute, burst), maxKeys, now::get);
    }

    private void advanceSeconds(double seconds) {
        now.addAndGet((long) (seconds * 1e9));
    }

    @Test
    void grantsTheBurstAtOnceThenSaysHowLongToWait() {
        TokenBuckets b = buckets(60, 3, 100);

        assertThat(b.take("a")).isZero();
        assertThat(b.take("a")).isZero();
        assertThat(b.take("a")).isZero();
        assertThat(b.take("a")).isEqualTo(1); // one token a second
    }

    @Test
    void refillsAtTheSustainedRateUpToTheBurstOnly() {
        TokenBuckets b = buckets(6, 2, 100); // one token every 10 s
        b.take("a");
        b.take("a");
        assertThat(b.take("a")).isEqualTo(10);

        advanceSeconds(4);
        assertThat(b.take("a")).as("still 0.4 token").isEqualTo(6);
        advanceSeconds(6);
        assertThat(b.take("a")).isZero();

        advanceSeconds(3600);
        assertThat(b.take("a")).isZero();
        assertThat(b.take("a")).isZero();
        assertThat(b.take("a")).as("an hour of silence buys no more than the burst").isPositive();
    }

    @Test
    void keepsOneBudgetPerClient() {
        TokenBuckets b = buckets(1, 1, 100);
        assertThat(b.take("a")).isZero();
        assertThat(b.take("a")).isEqualTo(60);
        assertThat(b.take("b")).isZero();
    }

    @Test
    void remembersAtMostMaxKeysClients() {
        TokenBuckets b = buckets(1, 1, 100);
        for (int i = 0; i < 1000; i++) {
            b.take("client-" + i);
        }
        assertThat(b.size()).isEqualTo(100);
    }
}
