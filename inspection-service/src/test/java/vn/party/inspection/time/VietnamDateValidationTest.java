package vn.party.inspection.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.common.time.VietnamValidationClock;
import vn.party.testsupport.PostgresTestResource;

/** "Not in the future" means not after today in Vietnam, whatever the server's zone (UTC between 17:00 and 24:00). */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class VietnamDateValidationTest {

    record Dated(@PastOrPresent LocalDate on) {
    }

    @Inject
    Validator validator;

    @Test
    void todayInVietnamIsNotInTheFutureAndTomorrowIs() {
        LocalDate todayInVietnam = LocalDate.now(VietnamValidationClock.VIETNAM);

        assertTrue(validator.validate(new Dated(todayInVietnam)).isEmpty());
        assertEquals(1, validator.validate(new Dated(todayInVietnam.plusDays(1))).size());
    }
}
