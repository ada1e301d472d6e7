package vn.party.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

import vn.party.testsupport.TestTokens;

/** The test profile allows 30 requests a minute per caller. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class RateLimitTest {

    @Test
    void aCallerOverTheLimitGets429WithRetryAfterWhileOthersGoOn() {
        String busy = TestTokens.token("busy-caller", Set.of("member"), null, null);
        int allowed = 0;
        Response refused = null;
        // the bucket refills one request every two seconds, so a few extra tries cover a slow machine
        for (int i = 0; i < 40 && refused == null; i++) {
            Response response = given().auth().oauth2(busy).get("/api/membership/members");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertEquals(200, response.statusCode());
                allowed++;
            }
        }

        assertTrue(refused != null, "no 429 after " + allowed + " requests");
        assertTrue(allowed >= 30, "refused after only " + allowed + " requests");
        refused.then()
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("type", endsWith("/too-many-requests"));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);

        String other = TestTokens.token("calm-caller", Set.of("member"), null, null);
        given().auth().oauth2(other).get("/api/membership/members").then().statusCode(200);
    }
}
