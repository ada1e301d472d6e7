package vn.party.contracts.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Membership's organization feed (version {@value #VERSION}): {@code GET /api/membership/organization-feed?after=&limit=},
 * role {@code organization-feed-reader}. Entries are membership's change-log positions about organizations, oldest
 * first; each carries the organization's whole timeline as it stands when the feed is read, so applying an entry is
 * "replace what you hold for this organization" (idempotent) and replaying from zero rebuilds a replica.
 *
 * @param head the newest change-log position membership holds (the consumer's lag is {@code head - cursor})
 */
public record OrganizationFeed(int version, long head, List<Entry> entries) {

    public static final int VERSION = 1;

    /** One change: the organization's periods (oldest first) and the successions in which it is the predecessor. */
    public record Entry(long position, UUID organizationId, List<Period> periods, List<Succession> successions) {
    }

    /**
     * A period {@code [validFrom, validTo)} in which the organization looked the same ({@code validTo} null = current).
     * {@code type} and {@code status} are membership's labels (e.g. GRASSROOTS_COMMITTEE, ACTIVE/MERGED/DISSOLVED).
     */
    public record Period(LocalDate validFrom, LocalDate validTo, UUID parentId, String code, String name, String type,
                         String status, String changeKind) {
    }

    /** Who took over a closed organization: kind MERGE, SPLIT or DISSOLVE, effective on a date. */
    public record Succession(UUID predecessorId, UUID successorId, String kind, LocalDate effectiveOn) {
    }
}
