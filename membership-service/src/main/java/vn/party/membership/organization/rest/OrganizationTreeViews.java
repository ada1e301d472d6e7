package vn.party.membership.organization.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.party.membership.organization.domain.ChangeKind;
import vn.party.membership.organization.domain.OrganizationStatus;
import vn.party.membership.organization.domain.OrganizationType;

/** Read models of the tree, "as of" views and history (projections, never entities). */
public final class OrganizationTreeViews {

    private OrganizationTreeViews() {
    }

    @Schema(name = "Subtree", description = "An organization and all its active descendants as a flat list in"
            + " depth-first order (each node after its parent, siblings by code); rebuild the nesting from"
            + " parentId/depth")
    public record Subtree(
            UUID rootId,
            @Schema(description = "The day the tree is shown as of; null = now") LocalDate asOf,
            List<Node> nodes) {
    }

    @Schema(name = "SubtreeNode")
    public record Node(
            UUID id,
            String code,
            String name,
            OrganizationType type,
            String typeName,
            String hostAgency,
            UUID parentId,
            @Schema(description = "0 for the requested organization, 1 for its children, ...") int depth,
            OrganizationStatus status,
            @Schema(description = "Active members (probationary, official, exempted, suspended) of this organization itself")
            long memberCount,
            @Schema(description = "Active members of this organization and all the descendants listed")
            long subtreeMemberCount) {
    }

    @Schema(name = "Breadcrumb")
    public record Crumb(UUID id, String code, String name, OrganizationType type, String typeName) {
    }

    @Schema(name = "OrganizationAsOf", description = "An organization as it was on a day")
    public record AsOf(
            UUID id,
            String code,
            String name,
            OrganizationType type,
            String typeName,
            String hostAgency,
            UUID parentId,
            OrganizationStatus status,
            LocalDate asOf,
            @Schema(description = "First day of the period this state held") LocalDate validFrom,
            @Schema(description = "Day the period ended (exclusive); null = still so") LocalDate validTo,
            @Schema(description = "Active members affiliated with it on that day") long memberCount) {
    }

    @Schema(name = "OrganizationHistoryEntry", description = "One effective-dated period of an organization")
    public record HistoryEntry(
            LocalDate validFrom,
            @Schema(description = "Exclusive; null = current") LocalDate validTo,
            @Schema(description = "The change that opened this period") ChangeKind change,
            String decisionRef,
            String code,
            String name,
            OrganizationType type,
            String typeName,
            String hostAgency,
            UUID parentId,
            OrganizationStatus status,
            @Schema(description = "For MERGE, SPLIT and DISSOLVE: the organizations that took over")
            List<UUID> successorIds,
            @Schema(description = "For an organization created by a SPLIT: the organization it came from")
            List<UUID> predecessorIds) {
    }
}
