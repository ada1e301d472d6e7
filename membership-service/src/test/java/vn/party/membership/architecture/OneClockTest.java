package vn.party.membership.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;

import vn.party.common.time.PartyClock;
import vn.party.testsupport.arch.OneClock;
import vn.party.testsupport.arch.OneClockCheck;

/**
 * No main class of this service or of the modules it uses reads the system time but the one clock, PartyClock
 * (Vietnam's zone, pinned in tests), and none pins it (issue 19 point 4); and the rules do catch each offender (tested
 * here once for all services).
 */
class OneClockTest extends OneClockCheck {

    @Override
    protected String aClassOfThisService() {
        return "vn.party.membership.member.MemberService";
    }

    @Test
    void theRulesCatchAZoneLessNowTheMillisAndAPin() {
        assertThrows(AssertionError.class,
                () -> OneClock.rule().check(new ClassFileImporter().importClasses(ZoneLessToday.class)));
        assertThrows(AssertionError.class,
                () -> OneClock.rule().check(new ClassFileImporter().importClasses(ServerInstant.class)));
        assertThrows(AssertionError.class,
                () -> OneClock.rule().check(new ClassFileImporter().importClasses(Millis.class)));
        assertThrows(AssertionError.class,
                () -> OneClock.onlyTestsPin().check(new ClassFileImporter().importClasses(Shifter.class)));
    }

    static class ZoneLessToday {
        LocalDate today() {
            return LocalDate.now();
        }
    }

    static class ServerInstant {
        Instant now() {
            return Instant.now();
        }
    }

    static class Millis {
        long now() {
            return System.currentTimeMillis();
        }
    }

    static class Shifter {
        void shift() {
            PartyClock.Pinning.reset();
        }
    }
}
