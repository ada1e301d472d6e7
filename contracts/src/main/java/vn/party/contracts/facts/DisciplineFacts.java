package vn.party.contracts.facts;

import java.util.List;
import java.util.UUID;

/**
 * What a discipline or inspection decision needs to know about a member (version {@value #VERSION}), answered by
 * membership's {@code GET /api/membership/members/{id}/discipline-facts} with the caller's token. Purpose-built: not
 * the dossier (no personal data), so reading it is not a dossier read. Example: {@code contracts/facts/discipline-facts.json}.
 *
 * @param status membership's member status label (PROBATIONARY, OFFICIAL, SUSPENDED, REMOVED, ...)
 * @param probationary whether the member is probationary today ("đảng viên dự bị")
 * @param holdsPost whether the member holds a committee or UBKT post today
 * @param currentPosts the posts held today, as membership's position labels (e.g. SECRETARY, MEMBER), sorted
 */
public record DisciplineFacts(int version, UUID memberId, UUID organizationId, String status, boolean probationary,
                              boolean holdsPost, List<String> currentPosts) {

    public static final int VERSION = 1;
}
