package vn.party.inspection.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.clock.AtNoonAndNewYearMorning;
import vn.party.testsupport.clock.PinnedClock;

/** "Not in the future" means not after today in Vietnam, whatever the server's zone (UTC between 17:00 and 24:00). */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class VietnamDateValidationTest {

    record Dated(@PastOrPresent LocalDate on) {
    }

    @Inject
    Validator validator;

    /** At noon in Vietnam on 31 December, and at 23:30 UTC on 31 December (06:30 on 1 January in Vietnam). */
    @AtNoonAndNewYearMorning
    void todayInVietnamIsNotInTheFutureAndTomorrowIs(Instant at) {
        LocalDate todayInVietnam = at.equals(PinnedClock.NEW_YEAR_MORNING_IN_VIETNAM) ? LocalDate.of(2027, 1, 1)
                : LocalDate.of(2026, 12, 31);
        assertEquals(todayInVietnam, PinnedClock.today());

        assertTrue(validator.validate(new Dated(todayInVietnam)).isEmpty());
        assertEquals(1, validator.validate(new Dated(todayInVietnam.plusDays(1))).size());
    }
}
