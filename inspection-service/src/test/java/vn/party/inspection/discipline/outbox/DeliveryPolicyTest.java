package vn.party.inspection.discipline.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DeliveryPolicyTest {

    private static final Duration INITIAL = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(1);

    @Test
    void appliedOrAlreadyAppliedIsDelivered() {
        assertEquals(DeliveryPolicy.Outcome.DELIVERED, DeliveryPolicy.classify(200));
        assertEquals(DeliveryPolicy.Outcome.DELIVERED, DeliveryPolicy.classify(201));
        assertEquals(DeliveryPolicy.Outcome.DELIVERED, DeliveryPolicy.classify(204));
    }

    @Test
    void serverTroubleAndThrottlingAreRetried() {
        assertEquals(DeliveryPolicy.Outcome.RETRY, DeliveryPolicy.classify(500));
        assertEquals(DeliveryPolicy.Outcome.RETRY, DeliveryPolicy.classify(502));
        assertEquals(DeliveryPolicy.Outcome.RETRY, DeliveryPolicy.classify(503));
        assertEquals(DeliveryPolicy.Outcome.RETRY, DeliveryPolicy.classify(429));
        assertEquals(DeliveryPolicy.Outcome.RETRY, DeliveryPolicy.classify(408));
    }

    @Test
    void otherRefusalsAreParked() {
        assertEquals(DeliveryPolicy.Outcome.PARK, DeliveryPolicy.classify(400));
        assertEquals(DeliveryPolicy.Outcome.PARK, DeliveryPolicy.classify(401));
        assertEquals(DeliveryPolicy.Outcome.PARK, DeliveryPolicy.classify(403));
        assertEquals(DeliveryPolicy.Outcome.PARK, DeliveryPolicy.classify(404));
        assertEquals(DeliveryPolicy.Outcome.PARK, DeliveryPolicy.classify(409));
        assertEquals(DeliveryPolicy.Outcome.PARK, DeliveryPolicy.classify(422));
        assertEquals(DeliveryPolicy.Outcome.PARK, DeliveryPolicy.classify(302));
    }

    @Test
    void backoffDoublesFromTheInitialWaitUpToTheCap() {
        assertEquals(Duration.ofSeconds(30), DeliveryPolicy.backoff(1, INITIAL, MAX));
        assertEquals(Duration.ofSeconds(60), DeliveryPolicy.backoff(2, INITIAL, MAX));
        assertEquals(Duration.ofSeconds(120), DeliveryPolicy.backoff(3, INITIAL, MAX));
        assertEquals(Duration.ofSeconds(30 * 64), DeliveryPolicy.backoff(7, INITIAL, MAX));
        // 30 s · 2^7 = 64 min > 60 min
        assertEquals(MAX, DeliveryPolicy.backoff(8, INITIAL, MAX));
        assertEquals(MAX, DeliveryPolicy.backoff(1000, INITIAL, MAX));
        assertThrows(IllegalArgumentException.class, () -> DeliveryPolicy.backoff(0, INITIAL, MAX));
    }
}
