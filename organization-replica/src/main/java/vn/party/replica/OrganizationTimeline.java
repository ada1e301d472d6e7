package vn.party.replica;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.party.common.security.OrganizationHierarchy;

/**
 * The organization tree as this service's replica holds it, on any date. {@link #ancestry(UUID)} (scope checks) is
 * the chain on today's date in Vietnam.
 */
public interface OrganizationTimeline extends OrganizationHierarchy {

    /** The organization itself first, then its parents up to the root, as the tree stood on {@code date}. */
    Optional<List<UUID>> ancestryOn(UUID organizationId, LocalDate date);

    /**
     * The organizations counted in {@code root}'s subtree on {@code date}: those in the tree under root on that date
     * (root included), plus every organization that had ceased by then (merged, split, dissolved) whose successor
     * chain ends in one of them, so a predecessor's records count with its successor.
     */
    Set<UUID> subtreeOn(UUID root, LocalDate date);
}
