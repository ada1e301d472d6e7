package vn.party.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import vn.party.gateway.GatewayConfig;

/**
 * A token bucket per key (a user, a machine client, or a client address), each with its own per-minute limit.
 * Buckets idle for a few minutes are dropped (a fresh bucket is full, so that loses nothing), which keeps memory
 * bounded when many addresses call once.
 */
@Singleton
public class RateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final long defaultPerMinute;
    private final Map<Long, Bandwidth> limits = new ConcurrentHashMap<>();
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(WINDOW.multipliedBy(2))
            .maximumSize(100_000)
            .build();

    RateLimiter(GatewayConfig config) {
        this.defaultPerMinute = config.rateLimit().requestsPerMinute();
    }

    /** Takes one request from the caller's bucket at the per-user limit. */
    public OptionalLong tryAcquire(String caller) {
        return tryAcquire(caller, defaultPerMinute);
    }

    /**
     * Takes one request from the bucket of {@code key}, which allows {@code perMinute} requests a minute:
     * empty if allowed, else the seconds until it would be.
     */
    public OptionalLong tryAcquire(String key, long perMinute) {
        Bandwidth limit = limits.computeIfAbsent(perMinute,
                n -> Bandwidth.builder().capacity(n).refillGreedy(n, WINDOW).build());
        // the limit is part of the key, so a changed limit never reuses a bucket sized for another
        ConsumptionProbe probe = buckets.get(key + "#" + perMinute, k -> Bucket.builder().addLimit(limit).build())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long secondsRoundedUp = (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
        return OptionalLong.of(Math.max(1, secondsRoundedUp));
    }
}
