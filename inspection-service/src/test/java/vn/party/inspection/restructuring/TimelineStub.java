package vn.party.inspection.restructuring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Typed;

import vn.party.replica.OrganizationTimeline;

/**
 * TEMPORARY, until the replica (helper REPLICA, feature/t12-replica) provides the OrganizationTimeline bean: an
 * undated tree for the restructuring tests (typed as OrganizationTimeline only, so scope checks still use the
 * remote hierarchy). Delete when the replica is merged; its tests then use FakeMembershipTree.
 */
@Alternative
@Priority(1)
@Typed(OrganizationTimeline.class)
@ApplicationScoped
public class TimelineStub implements OrganizationTimeline {

    private static final Map<UUID, UUID> PARENTS = new ConcurrentHashMap<>();

    public static void place(UUID organization, UUID parent) {
        PARENTS.put(organization, parent == null ? organization : parent);
    }

    @Override
    public Optional<List<UUID>> ancestry(UUID organizationId) {
        return ancestryOn(organizationId, LocalDate.now());
    }

    @Override
    public Optional<List<UUID>> ancestryOn(UUID organizationId, LocalDate date) {
        if (!PARENTS.containsKey(organizationId)) {
            return Optional.empty();
        }
        List<UUID> chain = new ArrayList<>();
        UUID current = organizationId;
        while (true) {
            chain.add(current);
            UUID parent = PARENTS.get(current);
            if (parent == null || parent.equals(current)) {
                return Optional.of(chain);
            }
            current = parent;
        }
    }

    @Override
    public Set<UUID> subtreeOn(UUID root, LocalDate date) {
        Set<UUID> subtree = new LinkedHashSet<>();
        for (UUID organization : PARENTS.keySet()) {
            if (ancestryOn(organization, date).orElse(List.of()).contains(root)) {
                subtree.add(organization);
            }
        }
        return subtree;
    }
}
