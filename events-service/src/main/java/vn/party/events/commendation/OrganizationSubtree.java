package vn.party.events.commendation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.party.common.security.OrganizationHierarchy;

/**
 * Which organizations lie in a subtree. events-service can ask membership for an organization's ancestry (cached),
 * not for a subtree, so records are grouped by organization first and each organization's ancestry is checked:
 * a re-parented organization counts where it is now.
 */
@ApplicationScoped
public class OrganizationSubtree {

    @Inject
    OrganizationHierarchy hierarchy;

    public Set<UUID> within(UUID root, Collection<UUID> organizations) {
        Set<UUID> inside = new LinkedHashSet<>();
        for (UUID organization : organizations) {
            if (contains(root, organization)) {
                inside.add(organization);
            }
        }
        return inside;
    }

    /** {@code organization} is {@code root} or below it. */
    public boolean contains(UUID root, UUID organization) {
        return organization != null && hierarchy.ancestry(organization).map(chain -> chain.contains(root)).orElse(false);
    }

    /** {@code organization} is strictly above {@code below}. */
    public boolean strictlyAbove(UUID organization, UUID below) {
        List<UUID> chain = hierarchy.ancestry(below).orElse(List.of());
        return !organization.equals(below) && chain.contains(organization);
    }
}
