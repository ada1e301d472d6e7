package vn.party.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one clock of the system (docs/architecture.md, "Time"): instants and the calendar day in Vietnam
 * ({@link #VIETNAM}), whatever the server's zone. Services inject it ({@link #today()}, {@link #now()}) or a
 * {@link Clock} (produced here); Bean Validation judges {@code @PastOrPresent} by it ({@link VietnamValidationClock}).
 * JPA callbacks and static helpers, where CDI cannot inject, use the static {@link #instant()} / {@link #date()} of
 * the same clock. No other main class calls {@code now()} of java.time (ArchUnit rule {@code OneClock}).
 * <p>
 * Tests pin it through test-support's {@code PinnedClock} (which resets it after each test); {@link Pinning} refuses
 * unless JUnit is on the class path, so a production process cannot shift its time.
 */
@ApplicationScoped
public class PartyClock {

    /** The zone of every calendar day in the system; defined here only. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Clock SYSTEM = Clock.system(VIETNAM);
    /** The live clock handed out: reads the pinned clock when a test has set one, the system clock otherwise. */
    private static final Clock LIVE = new LiveClock(VIETNAM);

    private static volatile Clock pinned;

    /** The current instant (static accessor for JPA callbacks and static helpers). */
    public static Instant instant() {
        return source().instant();
    }

    /** Today's date in Vietnam (static accessor for JPA callbacks and static helpers). */
    public static LocalDate date() {
        return LocalDate.now(LIVE);
    }

    /** The live clock in Vietnam's zone (static accessor). */
    public static Clock clock() {
        return LIVE;
    }

    /** Today's calendar day in Vietnam. */
    public LocalDate today() {
        return date();
    }

    /** The current instant. */
    public Instant now() {
        return instant();
    }

    /** The current wall-clock time in Vietnam. */
    public LocalDateTime localNow() {
        return LocalDateTime.now(LIVE);
    }

    /** The current year in Vietnam. */
    public int year() {
        return today().getYear();
    }

    public ZoneId zone() {
        return VIETNAM;
    }

    /** The clock for code that takes a {@link Clock}: always in Vietnam's zone, follows a pinned test clock. */
    @Produces
    @Singleton
    Clock produceClock() {
        return LIVE;
    }

    private static Clock source() {
        Clock p = pinned;
        return p != null ? p : SYSTEM;
    }

    /**
     * Test-only: fixes the clock of this JVM. Called by test-support's {@code PinnedClock}; refused (an
     * {@link IllegalStateException}) when JUnit is not on the class path, i.e. in every production process.
     */
    public static final class Pinning {

        private Pinning() {
        }

        public static void pin(Clock clock) {
            requireTests();
            pinned = Objects.requireNonNull(clock, "clock");
        }

        public static void reset() {
            pinned = null;
        }

        public static boolean isPinned() {
            return pinned != null;
        }

        private static void requireTests() {
            try {
                Class.forName("org.junit.jupiter.api.Test", false, PartyClock.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the clock can be pinned in tests only");
            }
        }
    }

    /** A clock in a given zone whose instant is the pinned clock's, or the system's. */
    private static final class LiveClock extends Clock {

        private final ZoneId zone;

        LiveClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return other.equals(zone) ? this : new LiveClock(other);
        }

        @Override
        public Instant instant() {
            return source().instant();
        }

        @Override
        public long millis() {
            return source().millis();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LiveClock other && other.zone.equals(zone);
        }

        @Override
        public int hashCode() {
            return zone.hashCode() + 1;
        }

        @Override
        public String toString() {
            return "PartyClock[" + zone + "]";
        }
    }
}
