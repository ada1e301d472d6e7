package vn.party.testsupport.clock;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pins the clock at an ISO instant (e.g. {@code "2026-12-31T23:30:00Z"}) for each test of the class or for one
 * method (the method's wins), and resets it after each test.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PinnedClockExtension.class)
public @interface PinClock {

    String value();
}
