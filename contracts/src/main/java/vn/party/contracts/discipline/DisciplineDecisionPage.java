package vn.party.contracts.discipline;

import java.util.List;

/**
 * One page of inspection's discipline decisions of a year in an organization's subtree, newest first (version
 * {@value #VERSION}): {@code GET /api/inspection/discipline/decisions?organizationId=&year=&memberId=&page=&size=},
 * called with the caller's token. Example: {@code contracts/discipline/decisions.json}.
 */
public record DisciplineDecisionPage(List<DisciplineDecision> items, int page, int size, long totalItems,
                                     int totalPages) {

    public static final int VERSION = 1;
}
