package vn.party.testsupport.clock;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Pins the clock before each test as its {@link PinClock} says (method first, then class) and always resets it after
 * each test, so a pinned time never leaks into the next test.
 */
public class PinnedClockExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        Optional<PinClock> pin = context.getTestMethod()
                .flatMap(m -> AnnotationSupport.findAnnotation(m, PinClock.class))
                .or(() -> context.getTestClass().flatMap(c -> AnnotationSupport.findAnnotation(c, PinClock.class)));
        pin.ifPresent(p -> PinnedClock.at(Instant.parse(p.value())));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        PinnedClock.reset();
    }
}
