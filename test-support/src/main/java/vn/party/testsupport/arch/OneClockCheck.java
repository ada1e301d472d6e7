package vn.party.testsupport.arch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * The {@link OneClock} rules over a service's production classes and the system's modules it uses: extended by one
 * test per service, naming one of its own classes so a test that checks nothing cannot pass. (That the rules catch an
 * offender is tested once, in membership-service's OneClockTest: offenders must live outside test-support.)
 */
public abstract class OneClockCheck {

    /** A main class of the service under test. */
    protected abstract String aClassOfThisService();

    @Test
    void noMainClassReadsTheSystemTimeButTheClock() {
        JavaClasses classes = OneClock.productionClasses();
        assertTrue(classes.contain(OneClock.CLOCK_CLASS), "the clock is on the classpath");
        assertTrue(classes.contain(aClassOfThisService()), "this service's classes are checked");
        OneClock.rule().check(classes);
        OneClock.onlyTestsPin().check(classes);
    }
}
