package vn.party.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one clock: Vietnam's calendar day whatever the JVM's zone, following a pinned clock, reset to the system's. */
class PartyClockTest {

    private static final Instant NEW_YEAR_MORNING_IN_VIETNAM = Instant.parse("2026-12-31T23:30:00Z");

    @AfterEach
    void reset() {
        PartyClock.Pinning.reset();
    }

    @Test
    void at2330UtcOn31DecemberItIsAlready1JanuaryInVietnam() {
        PartyClock.Pinning.pin(Clock.fixed(NEW_YEAR_MORNING_IN_VIETNAM, ZoneOffset.UTC));
        PartyClock clock = new PartyClock();

        assertEquals(LocalDate.of(2027, 1, 1), clock.today());
        assertEquals(2027, clock.year());
        assertEquals(NEW_YEAR_MORNING_IN_VIETNAM, clock.now());
        assertEquals(LocalDate.of(2027, 1, 1), LocalDate.now(PartyClock.clock()));
        assertEquals(PartyClock.VIETNAM, PartyClock.clock().getZone());
        assertEquals(LocalDate.of(2026, 12, 31), LocalDate.now(PartyClock.clock().withZone(ZoneOffset.UTC)));
        assertEquals(LocalDate.of(2027, 1, 1), new VietnamValidationClock().getClock().instant()
                .atZone(new VietnamValidationClock().getClock().getZone()).toLocalDate());
    }

    @Test
    void theProducedClockFollowsAPinSetAfterItWasHandedOut() {
        Clock handedOut = new PartyClock().produceClock();
        PartyClock.Pinning.pin(Clock.fixed(Instant.parse("2026-12-31T05:00:00Z"), ZoneOffset.UTC));

        assertEquals(LocalDate.of(2026, 12, 31), LocalDate.now(handedOut));
        assertEquals(Instant.parse("2026-12-31T05:00:00Z"), handedOut.instant());
    }

    @Test
    void resetGoesBackToTheSystemClock() {
        PartyClock.Pinning.pin(Clock.fixed(NEW_YEAR_MORNING_IN_VIETNAM, ZoneOffset.UTC));
        PartyClock.Pinning.reset();

        assertFalse(PartyClock.Pinning.isPinned());
        assertTrue(Duration.between(Instant.now(), PartyClock.instant()).abs().compareTo(Duration.ofMinutes(1)) < 0);
    }
}
