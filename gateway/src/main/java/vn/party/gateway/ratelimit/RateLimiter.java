package vn.party.gateway.ratelimit;

import java.time.Duration;
import java.util.OptionalLong;

import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import vn.party.gateway.GatewayConfig;

/**
 * A token bucket per caller. Buckets of callers idle for a few minutes are dropped (a fresh bucket is full, so
 * that loses nothing), which keeps memory bounded when many addresses call once.
 */
@Singleton
public class RateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Bandwidth limit;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(WINDOW.multipliedBy(2))
            .maximumSize(100_000)
            .build();

    RateLimiter(GatewayConfig config) {
        long perMinute = config.rateLimit().requestsPerMinute();
        this.limit = Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, WINDOW).build();
    }

    /** Takes one request from the caller's bucket: empty if allowed, else the seconds until it would be. */
    public OptionalLong tryAcquire(String caller) {
        ConsumptionProbe probe = buckets.get(caller, key -> Bucket.builder().addLimit(limit).build())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long secondsRoundedUp = (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
        return OptionalLong.of(Math.max(1, secondsRoundedUp));
    }
}
