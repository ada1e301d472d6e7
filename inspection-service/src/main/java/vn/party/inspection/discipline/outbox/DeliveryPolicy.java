package vn.party.inspection.discipline.outbox;

import java.time.Duration;

/**
 * What the relay does after one attempt to deliver an effect, and when it tries again. Plain rules:
 * <ul>
 *   <li>2xx: delivered (the receiver answers 200/201 for an effect applied now or already applied: it is idempotent
 *   by the outbox id);</li>
 *   <li>no answer (connection refused, timeout, token endpoint unreachable), 5xx, 408 and 429: retried later with an
 *   exponential backoff {@code initial · 2^(attempts-1)}, capped at {@code max};</li>
 *   <li>any other answer (4xx: the receiver refuses this effect as it is; 3xx: misrouted): parked, not retried
 *   automatically, until bloc-admin re-queues it.</li>
 * </ul>
 */
public final class DeliveryPolicy {

    public enum Outcome {
        DELIVERED,
        RETRY,
        PARK
    }

    private DeliveryPolicy() {
    }

    /** The outcome of an HTTP answer with this status. */
    public static Outcome classify(int status) {
        if (status >= 200 && status < 300) {
            return Outcome.DELIVERED;
        }
        if (status >= 500 || status == 408 || status == 429) {
            return Outcome.RETRY;
        }
        return Outcome.PARK;
    }

    /** The wait before the next attempt after {@code attempts} failed ones (≥ 1): doubling from initial, capped. */
    public static Duration backoff(int attempts, Duration initial, Duration max) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be ≥ 1");
        }
        Duration wait = initial;
        for (int i = 1; i < attempts; i++) {
            wait = wait.multipliedBy(2);
            if (wait.compareTo(max) >= 0) {
                return max;
            }
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
