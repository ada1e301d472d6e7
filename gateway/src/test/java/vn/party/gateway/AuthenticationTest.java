package vn.party.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;

import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class AuthenticationTest {

    @ConfigProperty(name = "gateway.services.membership.url")
    String membershipUrl;

    @Test
    void noTokenIsRefusedAsProblem() {
        assertUnauthorized(given(), "/api/membership/members");
    }

    @Test
    void garbageTokenIsRefusedWithoutCallingTheService() {
        String path = "/api/membership/probe-" + UUID.randomUUID();
        assertUnauthorized(given().auth().oauth2("not-a-jwt"), path);
        assertEquals(0, FakeServices.hits(membershipUrl, path));
    }

    @Test
    void expiredTokenIsRefused() {
        assertUnauthorized(given().auth().oauth2(TestTokens.expired()), "/api/inspection/plans");
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        assertUnauthorized(given().auth().oauth2(TestTokens.foreignAudience()), "/api/membership/members");
    }

    private static void assertUnauthorized(RequestSpecification request, String path) {
        request.get(path).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("type", endsWith("/unauthorized"))
                .body("instance", equalTo(path));
    }
}
