package vn.party.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import vn.party.testsupport.TestTokens;

/**
 * The gateway accepts tokens as Keycloak issues them for this system only: from one of its clients ({@code azp},
 * {@code party.security.allowed-clients}) and from the pinned issuer; nothing else reaches a service.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class TokenShapeTest {

    @ConfigProperty(name = "gateway.services.membership.url")
    String membershipUrl;

    @Test
    void everyClientOfTheSystemIsLetThrough() {
        for (String client : List.of("party-web", "party-cli", "party-integration", "party-inspection", "party-events")) {
            given().auth().oauth2(blocAdmin(client).sign()).get("/api/membership/members").then()
                    .statusCode(200)
                    .body("service", equalTo("membership"));
        }
    }

    @Test
    void aTokenIssuedToAnotherClientIsRefusedBeforeTheService() {
        String path = "/api/membership/probe-" + UUID.randomUUID();
        for (String client : List.of("admin-cli", "account", "party-services")) {
            assertUnauthorized(blocAdmin(client).sign(), path);
        }
        assertUnauthorized(Jwt.preferredUserName("admin").subject("admin")
                .claim("realm_access", Map.of("roles", List.of("bloc-admin")))
                .issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).sign(), path);
        assertEquals(0, FakeServices.hits(membershipUrl, path));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        String path = "/api/membership/probe-" + UUID.randomUUID();
        assertUnauthorized(blocAdmin("party-web").issuer("https://attacker.example.com/realms/party").sign(), path);
        assertEquals(0, FakeServices.hits(membershipUrl, path));
    }

    @Test
    void theGatewaysOwnEndpointsRefuseThemToo() {
        assertUnauthorized(blocAdmin("admin-cli").sign(), "/api/members/" + UUID.randomUUID() + "/dossier");
    }

    private static JwtClaimsBuilder blocAdmin(String client) {
        return Jwt.preferredUserName("admin").subject("admin")
                .claim("realm_access", Map.of("roles", List.of("bloc-admin")))
                .claim("azp", client)
                .issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE);
    }

    private static void assertUnauthorized(String token, String path) {
        given().auth().oauth2(token).get(path).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", endsWith("/unauthorized"))
                .body("instance", equalTo(path));
    }
}
