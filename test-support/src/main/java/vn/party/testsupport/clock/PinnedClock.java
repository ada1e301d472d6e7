package vn.party.testsupport.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import vn.party.common.time.PartyClock;

/**
 * Pins the system's one clock ({@link PartyClock}) for a test: services, Bean Validation and JPA callbacks of the
 * application under test read the pinned time. Always paired with a reset: use {@link PinnedClockExtension} (with
 * {@link PinClock}) or {@link AtNoonAndNewYearMorning}, which reset after each test, or call {@link #reset()} in an
 * {@code @AfterEach}.
 * <p>
 * The pinned clock starts at the given instant and ticks with the real clock (records created one after the other
 * keep their order); a test lasts seconds, far from the next midnight in Vietnam.
 */
public final class PinnedClock {

    /** Noon in Vietnam on 31 December 2026 (05:00 UTC): the same day in both zones. */
    public static final Instant NOON_IN_VIETNAM = Instant.parse("2026-12-31T05:00:00Z");
    /** 23:30 UTC on 31 December 2026: already 06:30 on 1 January 2027 in Vietnam. */
    public static final Instant NEW_YEAR_MORNING_IN_VIETNAM = Instant.parse("2026-12-31T23:30:00Z");

    private PinnedClock() {
    }

    /** Pins the clock at {@code instant} (ticking from there). */
    public static void at(Instant instant) {
        Clock system = Clock.systemUTC();
        PartyClock.Pinning.pin(Clock.offset(system, Duration.between(system.instant(), instant)));
    }

    /** Pins the clock at {@code instant}, frozen. */
    public static void frozenAt(Instant instant) {
        PartyClock.Pinning.pin(Clock.fixed(instant, PartyClock.VIETNAM));
    }

    /** Back to the system clock. */
    public static void reset() {
        PartyClock.Pinning.reset();
    }

    /** Today in Vietnam by the (pinned) clock: what the application under test sees. */
    public static LocalDate today() {
        return PartyClock.date();
    }
}
