package vn.party.common.security;

import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code party.security.*}: how every service and the gateway read a verified access token. Roles come from
 * {@code quarkus.oidc.roles.role-claim-path} (Keycloak's {@code realm_access/roles}; a {@code groups} claim only if
 * an operator adds it there).
 */
@ConfigMapping(prefix = "party.security")
public interface SecurityConfig {

    /**
     * The OAuth clients (token claim {@code azp}, else {@code client_id}) whose tokens are accepted. A token the realm
     * issued to any other client (an admin console, a client added later for another purpose) is refused with 401,
     * even when it carries the audience and roles. {@code party-cli} exists in the demo realm only.
     */
    @WithDefault("party-web,party-cli,party-integration,party-inspection,party-events")
    Set<String> allowedClients();

    /** The claim naming the caller's organization. */
    @WithDefault("org_id")
    String organizationClaim();

    /** The claim naming the caller's own member record. */
    @WithDefault("member_id")
    String memberClaim();
}
