package vn.party.common.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: the authenticated name, realm roles, and the organization (and, for members, the member
 * record) that the identity provider vouches for through token claims.
 */
public record Caller(String name, Set<String> roles, Optional<UUID> organizationId, Optional<UUID> memberId) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isBlocAdmin() {
        return hasRole(Roles.BLOC_ADMIN);
    }
}
