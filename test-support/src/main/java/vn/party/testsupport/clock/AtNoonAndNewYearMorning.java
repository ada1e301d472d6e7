package vn.party.testsupport.clock;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test twice, the clock pinned first at noon in Vietnam on 31 December
 * ({@link PinnedClock#NOON_IN_VIETNAM}), then at 23:30 UTC on 31 December, 06:30 on 1 January in Vietnam
 * ({@link PinnedClock#NEW_YEAR_MORNING_IN_VIETNAM}); reset after each run. Use instead of {@code @Test}; the pin
 * is in place before the class's {@code @BeforeEach} methods run. The test reads "today" with
 * {@link PinnedClock#today()} (or takes an {@link java.time.Instant} parameter: the pinned instant).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothInstants.class)
public @interface AtNoonAndNewYearMorning {
}
