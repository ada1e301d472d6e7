package vn.party.contracts.facts;

import java.util.List;
import java.util.UUID;

import vn.party.contracts.member.MemberStatus;

/**
 * What a discipline or inspection decision needs to know about a member (version {@value #VERSION}), answered by
 * membership's {@code GET /api/membership/members/{id}/discipline-facts} with the caller's token. Purpose-built: not
 * the dossier (no personal data), so reading it is not a dossier read. Example: {@code contracts/facts/discipline-facts.json}.
 *
 * @param status the member's status, membership's constants ({@link MemberStatus}: a label outside them fails to parse)
 * @param probationary whether the member is probationary today ("đảng viên dự bị")
 * @param holdsPost whether the member holds a committee or UBKT post today
 * @param currentPosts the posts held today, as membership's position labels (e.g. SECRETARY, MEMBER), sorted
 */
public record DisciplineFacts(int version, UUID memberId, UUID organizationId, MemberStatus status, boolean probationary,
                              boolean holdsPost, List<String> currentPosts) {

    public static final int VERSION = 1;
}
