package vn.party.common.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a service learns an organization's place in the tree. Membership answers from its own tables;
 * the other services ask membership (they never read its tables).
 */
public interface OrganizationHierarchy {

    /** The organization itself followed by its ancestors up to the root, or empty when it is unknown. */
    Optional<List<UUID>> ancestry(UUID organizationId);
}
