package vn.party.membership.organization.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.party.membership.organization.domain.ChangeKind;
import vn.party.membership.organization.restructure.Restructuring;

@Schema(description = "What a restructuring did: the organization after it, the organizations created by a split,"
        + " and what moved")
public record RestructuringResult(
        ChangeKind change,
        LocalDate effectiveOn,
        OrganizationView organization,
        @Schema(description = "New organizations (split only)") List<OrganizationView> successors,
        @Schema(description = "Active members moved to another organization") int membersMoved,
        @Schema(description = "Active sub-units placed under another organization") List<UUID> subUnitsMoved) {

    public static RestructuringResult of(Restructuring done) {
        return new RestructuringResult(done.change(), done.effectiveOn(), OrganizationView.of(done.organization()),
                done.successors().stream().map(OrganizationView::of).toList(), done.membersMoved(),
                done.subUnitsMoved());
    }
}
