package vn.party.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

import vn.party.testsupport.TestTokens;

/** The test profile gives up on a silent service after 1 s and opens a breaker after 3 failures. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class CircuitBreakerTest {

    private static final String TOKEN = TestTokens.token("breaker-user", Set.of("member"), null, null);

    @ConfigProperty(name = "gateway.services.stalled.url")
    String stalledUrl;

    @Test
    void aServiceThatIsDownIsA503ProblemAtOnce() {
        assertUnavailable(given().auth().oauth2(TOKEN).get("/api/events/events").then(), "events", "/api/events/events");
    }

    @Test
    void aSilentServiceTimesOutThenItsBreakerOpens() {
        for (int i = 1; i <= 3; i++) {
            long millis = timed(() -> assertUnavailable(
                    given().auth().oauth2(TOKEN).get("/api/stalled/hang").then(), "stalled", "/api/stalled/hang"));
            assertTrue(millis >= 900, "call " + i + " gave up after only " + millis + " ms");
        }
        assertEquals(3, FakeServices.hits(stalledUrl, "/api/stalled/hang"));

        // the open breaker answers without calling the service (no waiting on it): the hit count proves it, with no
        // clock in the assertion (wall-clock bounds fail on a loaded machine)
        assertUnavailable(given().auth().oauth2(TOKEN).get("/api/stalled/hang").then(), "stalled", "/api/stalled/hang");
        assertEquals(3, FakeServices.hits(stalledUrl, "/api/stalled/hang"), "an open breaker must not call the service");
    }

    private static void assertUnavailable(ValidatableResponse response, String service, String path) {
        response.statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("type", endsWith("/service-unavailable"))
                .body("detail", containsString(service))
                .body("instance", equalTo(path));
    }

    private static long timed(Runnable call) {
        long started = System.nanoTime();
        call.run();
        return (System.nanoTime() - started) / 1_000_000;
    }
}
