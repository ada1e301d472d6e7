package vn.party.membership.organization.restructure;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.party.membership.organization.Organization;
import vn.party.membership.organization.domain.ChangeKind;

/** The outcome of one restructuring operation. */
public record Restructuring(ChangeKind change, LocalDate effectiveOn, Organization organization,
        List<Organization> successors, int membersMoved, List<UUID> subUnitsMoved) {

    static Restructuring of(ChangeKind change, LocalDate effectiveOn, Organization organization) {
        return new Restructuring(change, effectiveOn, organization, List.of(), 0, List.of());
    }
}
