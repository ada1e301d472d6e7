package vn.party.inspection.discipline.member;

import java.util.UUID;

import vn.party.contracts.member.MemberStatus;

/** What discipline needs to know about a member, read from membership-service at the time of the check. */
public record MemberFacts(UUID memberId, UUID organizationId, MemberStatus status, boolean holdsPost) {

    public boolean probationary() {
        return status == MemberStatus.PROBATIONARY;
    }
}
