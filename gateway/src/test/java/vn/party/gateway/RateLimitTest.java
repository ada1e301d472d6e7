package vn.party.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;

import vn.party.testsupport.TestTokens;

/**
 * The test profile allows 30 requests a minute per user, and per integration client: small-client 5,
 * big-client 12, any other client 8. The three test clients are in the test profile's allowed clients.
 */
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

    @Test
    void integrationClientsAreCountedPerClientIdWithTheirOwnLimits() {
        // two instances of small-client (different service accounts) share the client's 5 a minute
        String smallOne = clientToken("small-client", "azp");
        String smallTwo = clientToken("small-client", "azp");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(smallOne).get("/api/integration/members/changes").then().statusCode(200);
        }
        int smallAllowed = 3 + allowedBeforeRefusal(smallTwo, 10);
        assertTrue(smallAllowed >= 5 && smallAllowed <= 6, "small-client allowed " + smallAllowed);

        // big-client has its own bucket of 12, untouched by small-client's traffic
        int bigAllowed = allowedBeforeRefusal(clientToken("big-client", "azp"), 20);
        assertTrue(bigAllowed >= 12 && bigAllowed <= 13, "big-client allowed " + bigAllowed);

        // a client the rate-limit configuration does not name gets the default; client_id is read when azp is absent
        int otherAllowed = allowedBeforeRefusal(clientToken("other-client", "client_id"), 20);
        assertTrue(otherAllowed >= 8 && otherAllowed <= 9, "an unnamed client allowed " + otherAllowed);
    }

    @Test
    void aPersonIsStillCountedPerUserWhateverClientTheyUse() {
        // a web user's token names the web client, but people are limited one by one, not per client
        String first = TestTokens.token("web-user-1", Set.of("member"), null, null, "small-client");
        for (int i = 0; i < 10; i++) {
            given().auth().oauth2(first).get("/api/membership/members").then().statusCode(200);
        }
    }

    /** Calls until refused (asserting the refusal's shape) and returns how many calls were allowed. */
    private static int allowedBeforeRefusal(String token, int maxCalls) {
        for (int i = 0; i < maxCalls; i++) {
            Response response = given().auth().oauth2(token).get("/api/integration/members/changes");
            if (response.statusCode() == 429) {
                response.then()
                        .contentType("application/problem+json")
                        .body("status", equalTo(429))
                        .body("type", endsWith("/too-many-requests"));
                int retryAfter = Integer.parseInt(response.header("Retry-After"));
                assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
                return i;
            }
            assertEquals(200, response.statusCode());
        }
        throw new AssertionError("no 429 after " + maxCalls + " requests");
    }

    private static String clientToken(String clientId, String claim) {
        String account = "service-account-" + UUID.randomUUID();
        // shaped like Keycloak's: realm roles in realm_access
        return Jwt.preferredUserName(account).subject(account)
                .claim("realm_access", Map.of("roles", List.of("integration")))
                .claim(claim, clientId).issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).sign();
    }
}
