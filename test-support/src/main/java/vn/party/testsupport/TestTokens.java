package vn.party.testsupport;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Access tokens signed with the key of Quarkus' OIDC test server ({@code OidcWiremockTestResource}), shaped
 * like Keycloak's: realm roles in {@code realm_access.roles}, the client in {@code azp}, organization in
 * {@code org_id}, member in {@code member_id}, audience {@code party-api}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "party-api";
    /** The frontends' client: people's tokens. */
    public static final String WEB_CLIENT = "party-web";
    /** Provincial systems' client (client credentials). */
    public static final String INTEGRATION_CLIENT = "party-integration";
    /** inspection-service's own client: the only producer of discipline effects. */
    public static final String INSPECTION_CLIENT = "party-inspection";
    /** events-service's own client: reads membership's member-event feed. */
    public static final String EVENTS_CLIENT = "party-events";
    /** The role of the service clients that replicate membership's organization tree (both of the above). */
    public static final String ORGANIZATION_FEED_READER = "organization-feed-reader";

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
        return token("service-account-" + INTEGRATION_CLIENT, Set.of("integration"), organizationId, null,
                INTEGRATION_CLIENT);
    }

    /**
     * inspection-service's client-credentials token as the realms issue it: role {@code effects-producer}, and
     * {@code organization-feed-reader} for its organization replica.
     */
    public static String inspectionService() {
        return token("service-account-" + INSPECTION_CLIENT, Set.of("effects-producer", ORGANIZATION_FEED_READER),
                null, null, INSPECTION_CLIENT);
    }

    /**
     * events-service's client-credentials token as the realms issue it: role {@code event-feed-reader}, and
     * {@code organization-feed-reader} for its organization replica.
     */
    public static String eventsService() {
        return token("service-account-" + EVENTS_CLIENT, Set.of("event-feed-reader", ORGANIZATION_FEED_READER), null,
                null, EVENTS_CLIENT);
    }

    /** A service client's token holding only {@code organization-feed-reader} (inspection's or events' client). */
    public static String organizationFeedReader(String client) {
        return token("service-account-" + client, Set.of(ORGANIZATION_FEED_READER), null, null, client);
    }

    /** A person's token issued to the web client. */
    public static String token(String user, Set<String> roles, UUID organizationId, UUID memberId) {
        return token(user, roles, organizationId, memberId, WEB_CLIENT);
    }

    public static String token(String user, Set<String> roles, UUID organizationId, UUID memberId, String client) {
        JwtClaimsBuilder builder = Jwt.preferredUserName(user)
                .subject(user)
                .claim("realm_access", Map.of("roles", List.copyOf(roles)))
                .claim("azp", client)
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
        return Jwt.preferredUserName("admin").claim("realm_access", Map.of("roles", List.of("bloc-admin")))
                .claim("azp", WEB_CLIENT).issuer(ISSUER).audience("other-api").sign();
    }

    /** Signed correctly but expired an hour ago: must be refused. */
    public static String expired() {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.preferredUserName("admin").claim("realm_access", Map.of("roles", List.of("bloc-admin")))
                .claim("azp", WEB_CLIENT).issuer(ISSUER).audience(AUDIENCE)
                .issuedAt(now - 7200).expiresAt(now - 3600).sign();
    }
}
