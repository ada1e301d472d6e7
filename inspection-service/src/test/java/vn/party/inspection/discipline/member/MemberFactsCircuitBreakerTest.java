package vn.party.inspection.discipline.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.inspection.discipline.FakeMembershipMembers;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * When membership keeps failing, the breaker on the member-facts read opens: further reads answer 503 at once without
 * reaching membership (for every member, not only the failing one), instead of piling timeouts and retries on a
 * service that is down. Breakers are off in the shared test profile (one failing stub must not open a breaker for the
 * next test); this profile turns them on with a window of four calls, all failed, and drops retries.
 */
@QuarkusTest
@TestProfile(MemberFactsCircuitBreakerTest.SmallBreaker.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipMembers.class)
class MemberFactsCircuitBreakerTest {

    /** Global (this profile calls no other client): breakers are off in the shared test profile, on here. */
    static final String FACTS = "quarkus.fault-tolerance.global.";

    public static class SmallBreaker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test." + FACTS + "circuit-breaker.enabled", "true",
                    FACTS + "circuit-breaker.request-volume-threshold", "4",
                    FACTS + "circuit-breaker.failure-ratio", "1.0",
                    FACTS + "circuit-breaker.delay", "600000",
                    FACTS + "retry.max-retries", "0");
        }
    }

    static final String CASES = "/api/inspection/discipline/cases";

    @Test
    void repeatedFailuresOpenTheBreakerAndLaterReadsFailFastWithoutCallingMembership() {
        UUID cell = UUID.randomUUID();
        FakeMembershipTree.place(cell, null);
        UUID failing = UUID.randomUUID();
        UUID healthy = UUID.randomUUID();
        FakeMembershipMembers.register(failing, cell, "OFFICIAL", false);
        FakeMembershipMembers.register(healthy, cell, "OFFICIAL", false);
        FakeMembershipMembers.failFor(failing);
        openCase(healthy).statusCode(201);

        int before = FakeMembershipMembers.calls();
        for (int i = 0; i < 4; i++) {
            assertUnavailable(failing);
        }
        assertEquals(before + 4, FakeMembershipMembers.calls(), "each failure reached membership once (no retries)");

        assertUnavailable(failing);
        assertUnavailable(healthy);
        assertEquals(before + 4, FakeMembershipMembers.calls(), "open: no call reaches membership");
    }

    private static void assertUnavailable(UUID member) {
        openCase(member).statusCode(503).contentType("application/problem+json").body("status", equalTo(503));
    }

    private static io.restassured.response.ValidatableResponse openCase(UUID member) {
        return given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body("{\"targetKind\": \"MEMBER\", \"targetMemberId\": \"" + member + "\","
                        + " \"violationDescription\": \"Vi phạm\", \"violationDate\": \"2025-01-01\","
                        + " \"proposedForm\": \"WARNING\"}")
                .when().post(CASES).then();
    }
}
