package vn.party.contracts.member;

import java.util.List;

/**
 * One page of membership's register list (version {@value #VERSION}): {@code GET /api/membership/members?
 * organizationId=&status=&sort=&page=&size=}, called with the caller's token (membership applies the caller's scope):
 * the members of the organization's subtree with the given statuses. Example: {@code contracts/member/page.json}.
 */
public record MemberPage(List<MemberSummary> items, int page, int size, long totalItems, int totalPages) {

    public static final int VERSION = 1;
}
