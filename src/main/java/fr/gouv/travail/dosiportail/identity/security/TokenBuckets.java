package fr.gouv.travail.dosiportail.identity.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Token buckets per client key, in memory (one application instance). At most {@code maxKeys} keys are kept: the
 * least recently seen is forgotten first, which only ever gives that client a full bucket again.
 */
final class TokenBuckets {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets;

    TokenBuckets(RateLimitSettings.Budget budget, int maxKeys, LongSupplier nanoTime) {
        this.capacity = budget.burst();
        this.tokensPerNano = budget.perMinute() / NANOS_PER_MINUTE;
        this.nanoTime = nanoTime;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes one token for this client: 0 when granted, else the whole seconds to wait before the next one. */
    synchronized long take(String key) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * tokensPerNano);
        bucket.updated = now;
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / tokensPerNano / 1e9));
    }

    synchronized int size() {
        return buckets.size();
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
