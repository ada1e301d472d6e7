package vn.party.contracts.facts;

import java.time.LocalDate;
import java.util.UUID;

import vn.party.contracts.member.MemberStatus;

/**
 * What a commendation decision needs to know about a member (version {@value #VERSION}), answered by membership's
 * {@code GET /api/membership/members/{id}/seniority-facts} with the caller's token: where the member belongs, whether
 * they are still on the roll, and where party seniority ("tuổi Đảng") counts from. Purpose-built: not the dossier, so
 * reading it is not a dossier read. Example: {@code contracts/facts/seniority-facts.json}.
 *
 * @param fullName the name a commendation is made out to
 * @param status the member's status, membership's constants ({@link MemberStatus})
 * @param admissionDecisionDate the date of the admission decision, where seniority counts from (null if not recorded)
 * @param admissionDate the admission ceremony's date (seniority counts from it when there is no decision date)
 * @param officialDate the day the member became official, null while probationary
 */
public record SeniorityFacts(int version, UUID memberId, UUID organizationId, String fullName, MemberStatus status,
                             LocalDate admissionDecisionDate, LocalDate admissionDate, LocalDate officialDate) {

    public static final int VERSION = 1;
}
