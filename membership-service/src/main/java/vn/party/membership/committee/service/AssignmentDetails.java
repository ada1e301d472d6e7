package vn.party.membership.committee.service;

import vn.party.membership.committee.CommitteeAssignment;
import vn.party.membership.committee.CommitteeTerm;

/** A post with what a reader needs around it: its term, the member's name and the organization's name. */
public record AssignmentDetails(CommitteeAssignment assignment, CommitteeTerm term, String memberName,
        String organizationName) {
}
