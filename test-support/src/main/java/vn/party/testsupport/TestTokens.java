package vn.party.testsupport;

import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Access tokens signed with the key of Quarkus' OIDC test server ({@code OidcWiremockTestResource}), shaped
 * like the realm's tokens: roles in {@code groups}, organization in {@code org_id}, member in
 * {@code member_id}, audience {@code party-api}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "party-api";

    private TestTokens() {
    }

    public static String blocAdmin() {
        return token("admin", Set.of("bloc-admin"), null, null);
    }

    public static String secretary(UUID organizationId) {
        return token("secretary-" + organizationId, Set.of("org-secretary"), organizationId, null);
    }

    public static String inspector(UUID organizationId) {
        return token("inspector-" + organizationId, Set.of("inspector"), organizationId, null);
    }

    public static String member(UUID organizationId, UUID memberId) {
        return token("member-" + memberId, Set.of("member"), organizationId, memberId);
    }

    public static String integration(UUID organizationId) {
        return token("service-account-integration", Set.of("integration"), organizationId, null);
    }

    public static String token(String user, Set<String> roles, UUID organizationId, UUID memberId) {
        JwtClaimsBuilder builder = Jwt.preferredUserName(user)
                .subject(user)
                .groups(roles)
                .issuer(ISSUER)
                .audience(AUDIENCE);
        if (organizationId != null) {
            builder.claim("org_id", organizationId.toString());
        }
        if (memberId != null) {
            builder.claim("member_id", memberId.toString());
        }
        return builder.sign();
    }

    /** Signed correctly but for another audience: must be refused. */
    public static String foreignAudience() {
        return Jwt.preferredUserName("admin").groups(Set.of("bloc-admin")).issuer(ISSUER).audience("other-api").sign();
    }

    /** Signed correctly but expired an hour ago: must be refused. */
    public static String expired() {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.preferredUserName("admin").groups(Set.of("bloc-admin")).issuer(ISSUER).audience(AUDIENCE)
                .issuedAt(now - 7200).expiresAt(now - 3600).sign();
    }
}
