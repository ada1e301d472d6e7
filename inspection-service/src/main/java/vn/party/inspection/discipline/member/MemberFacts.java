package vn.party.inspection.discipline.member;

import java.util.UUID;

/** What discipline needs to know about a member, read from membership-service at the time of the check. */
public record MemberFacts(UUID memberId, UUID organizationId, String status, boolean holdsPost) {

    public boolean probationary() {
        return "PROBATIONARY".equals(status);
    }
}
