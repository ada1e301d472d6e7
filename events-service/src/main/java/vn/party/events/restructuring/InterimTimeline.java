package vn.party.events.restructuring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import io.quarkus.arc.DefaultBean;

import vn.party.common.security.OrganizationHierarchy;
import vn.party.replica.OrganizationTimeline;

/**
 * TEMPORARY (issue 12): stands in for the replica's OrganizationTimeline until feature/t12-replica is merged, then
 * is deleted (a {@link DefaultBean}: the replica's bean replaces it as soon as it exists). Answers from the remote
 * hierarchy, today's tree only: no dates, and a subtree of the root alone.
 */
@DefaultBean
@Typed(OrganizationTimeline.class)
@ApplicationScoped
public class InterimTimeline implements OrganizationTimeline {

    @Inject
    OrganizationHierarchy hierarchy;

    @Override
    public Optional<List<UUID>> ancestry(UUID organizationId) {
        return hierarchy.ancestry(organizationId);
    }

    @Override
    public Optional<List<UUID>> ancestryOn(UUID organizationId, LocalDate date) {
        return hierarchy.ancestry(organizationId);
    }

    @Override
    public Set<UUID> subtreeOn(UUID root, LocalDate date) {
        return Set.of(root);
    }
}
