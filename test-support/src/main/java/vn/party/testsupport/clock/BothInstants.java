package vn.party.testsupport.clock;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** The two runs of {@link AtNoonAndNewYearMorning}. */
public class BothInstants implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> m.isAnnotationPresent(AtNoonAndNewYearMorning.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(
                run("noon in Vietnam, 31 December (05:00 UTC)", PinnedClock.NOON_IN_VIETNAM),
                run("23:30 UTC on 31 December = 06:30 on 1 January in Vietnam", PinnedClock.NEW_YEAR_MORNING_IN_VIETNAM));
    }

    private static TestTemplateInvocationContext run(String name, Instant instant) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return name;
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new Pin(instant));
            }
        };
    }

    /** Pins before the test (and its {@code @BeforeEach}), resets after; resolves an {@link Instant} parameter. */
    static final class Pin implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

        private final Instant instant;

        Pin(Instant instant) {
            this.instant = instant;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            PinnedClock.at(instant);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            PinnedClock.reset();
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Instant.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return instant;
        }
    }
}
