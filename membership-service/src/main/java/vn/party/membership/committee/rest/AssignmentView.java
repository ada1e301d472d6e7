package vn.party.membership.committee.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.party.common.time.PartyClock;
import vn.party.membership.committee.CommitteeAssignment;
import vn.party.membership.committee.CommitteeTerm;
import vn.party.membership.committee.domain.CommitteeBody;
import vn.party.membership.committee.domain.CommitteePosition;
import vn.party.membership.committee.service.AssignmentDetails;

/**
 * A post. {@code toDate} is the recorded end (first day out of post, null while not ended); {@code heldUntil}
 * is the effective one: {@code toDate}, or the term's end when earlier or not ended. {@code current}: held today.
 */
public record AssignmentView(
        UUID id,
        UUID termId,
        String termLabel,
        UUID organizationId,
        String organizationName,
        UUID memberId,
        String memberName,
        CommitteeBody body,
        String bodyName,
        CommitteePosition position,
        String positionName,
        LocalDate fromDate,
        LocalDate toDate,
        LocalDate heldUntil,
        boolean current,
        String decisionRef,
        String endDecisionRef,
        String endReason,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static AssignmentView of(AssignmentDetails details) {
        CommitteeAssignment a = details.assignment();
        CommitteeTerm term = details.term();
        return new AssignmentView(a.id, a.termId, term.label, term.organizationId, details.organizationName(),
                a.memberId, details.memberName(), a.body, a.body.vietnameseName(), a.position,
                a.position.vietnameseName(), a.fromDate, a.toDate, a.heldUntil(term),
                a.heldOn(PartyClock.date(), term), a.decisionRef, a.endDecisionRef, a.endReason, a.version,
                a.createdAt, a.updatedAt);
    }
}
