package vn.party.membership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * Tokens are read as Keycloak issues them (common: {@code AllowedClients}, the {@code quarkus.oidc.*} settings):
 * roles only from {@code realm_access.roles}, only this system's clients ({@code azp}), only the pinned issuer.
 * Each case is signed with the test realm's own key, so only the claim under test makes the difference.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class KeycloakTokensTest {

    /** bloc-admin only: the audit trail of an organization. */
    private static final String BLOC_ADMIN_ONLY = "/api/membership/organizations/" + UUID.randomUUID() + "/audit";

    @Test
    void realmRolesFromAnAllowedClientAreHonoured() {
        // let through: the answer is about the (unknown) organization, not about the caller
        given().auth().oauth2(blocAdmin().sign()).get(BLOC_ADMIN_ONLY).then()
                .statusCode(404)
                .body("type", endsWith("/not-found"));
    }

    @Test
    void rolesOnlyInAGroupsClaimGrantNothing() {
        // another provider's shape (or a Keycloak group mapper someone added): no realm_access, role in `groups`
        String token = Jwt.preferredUserName("admin").subject("admin").groups("bloc-admin").claim("azp", TestTokens.WEB_CLIENT)
                .issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).sign();
        given().auth().oauth2(token).get(BLOC_ADMIN_ONLY).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/forbidden"));
    }

    @Test
    void aTokenIssuedToAnotherClientOfTheRealmIsRefused() {
        for (String client : List.of("admin-cli", "account", "security-admin-console", "party-services")) {
            assertUnauthorized(blocAdmin().claim("azp", client).sign());
        }
    }

    @Test
    void aTokenNamingNoClientIsRefused() {
        assertUnauthorized(Jwt.preferredUserName("admin").subject("admin")
                .claim("realm_access", Map.of("roles", List.of("bloc-admin")))
                .issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).sign());
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertUnauthorized(blocAdmin().issuer("https://attacker.example.com/realms/party").sign());
        assertUnauthorized(blocAdmin().issuer("http://localhost:8180/realms/other").sign());
    }

    private static JwtClaimsBuilder blocAdmin() {
        return Jwt.preferredUserName("admin").subject("admin")
                .claim("realm_access", Map.of("roles", List.of("bloc-admin")))
                .claim("azp", TestTokens.WEB_CLIENT)
                .issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE);
    }

    private static void assertUnauthorized(String token) {
        given().auth().oauth2(token).get(BLOC_ADMIN_ONLY).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }
}
