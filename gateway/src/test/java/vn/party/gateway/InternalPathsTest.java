package vn.party.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;

import vn.party.testsupport.TestTokens;

/**
 * Membership's effects receiver and member-event feed are service-to-service endpoints: from outside the gateway
 * they do not exist (404 problem+json), whatever the token, and the request never reaches membership. Before,
 * anyone holding the shared service secret could expel a member through the gateway.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class InternalPathsTest {

    @ConfigProperty(name = "gateway.services.membership.url")
    String membershipUrl;

    private static List<String> everyToken() {
        UUID organization = UUID.randomUUID();
        return Arrays.asList(null, TestTokens.blocAdmin(), TestTokens.inspectionService(), TestTokens.eventsService(),
                TestTokens.secretary(organization), TestTokens.integration(organization));
    }

    @Test
    void effectsReceiverIsNotFoundFromOutsideWhateverTheToken() {
        String body = "{\"id\":\"" + UUID.randomUUID() + "\",\"effect\":\"EXPULSION\",\"memberId\":\"" + UUID.randomUUID()
                + "\",\"effectiveDate\":\"2026-01-01\",\"payload\":{}}";
        for (String token : everyToken()) {
            assertNotFound(request(token).contentType("application/json").body(body).post("/api/membership/effects"),
                    "/api/membership/effects");
        }
        assertEquals(0, FakeServices.hits(membershipUrl, "/api/membership/effects"));
    }

    @Test
    void memberEventFeedIsNotFoundFromOutsideWhateverTheToken() {
        for (String token : everyToken()) {
            assertNotFound(request(token).get("/api/membership/events?after=0"), "/api/membership/events");
        }
        assertEquals(0, FakeServices.hits(membershipUrl, "/api/membership/events"));
    }

    @Test
    void organizationFeedIsNotFoundFromOutsideWhateverTheToken() {
        for (String token : everyToken()) {
            assertNotFound(request(token).get("/api/membership/organization-feed?after=0"),
                    "/api/membership/organization-feed");
        }
        assertEquals(0, FakeServices.hits(membershipUrl, "/api/membership/organization-feed"));
    }

    @Test
    void noSpellingOfAnInternalPathSlipsThrough() {
        String token = TestTokens.blocAdmin();
        for (String path : List.of("/api/membership/effects/", "/api/membership//effects", "/api/membership/./effects",
                "/api/membership/x/../effects", "/api/membership/%65ffects", "/api/membership/%2565ffects",
                "/api/membership/Effects", "/api/membership/effects;x=1", "/api/membership/events/123",
                "/api/membership/effects%2F", "/api/inspection/../membership/effects")) {
            int status = given().urlEncodingEnabled(false).auth().oauth2(token).get(path).statusCode();
            assertEquals(404, status, path);
        }
    }

    @Test
    void neighboursOfInternalPathsAreStillForwarded() {
        String token = TestTokens.blocAdmin();
        given().auth().oauth2(token).get("/api/membership/effects-report").then()
                .statusCode(200)
                .body("service", equalTo("membership"));
        given().auth().oauth2(token).get("/api/membership/members/events").then()
                .statusCode(200)
                .body("service", equalTo("membership"));
    }

    private static RequestSpecification request(String token) {
        return token == null ? given() : given().auth().oauth2(token);
    }

    private static void assertNotFound(io.restassured.response.Response response, String path) {
        response.then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", endsWith("/not-found"))
                .body("instance", equalTo(path));
    }
}
