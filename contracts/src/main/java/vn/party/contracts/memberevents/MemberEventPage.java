package vn.party.contracts.memberevents;

import java.util.List;

/**
 * Membership's internal domain-event feed (version {@value #VERSION}): {@code GET /api/membership/events?after=&limit=},
 * role {@code event-feed-reader} (events-service's client) or bloc-admin. Items are membership's change-log rows after
 * {@code after}, oldest first; sequences are gapless and commit in order, so a reader that polls with
 * {@code after = next} misses nothing. Example: {@code contracts/memberevents/page.json}.
 *
 * @param next the last sequence returned (the given {@code after} when there is none)
 */
public record MemberEventPage(List<MemberEvent> items, long next, boolean hasMore) {

    public static final int VERSION = 1;
}
