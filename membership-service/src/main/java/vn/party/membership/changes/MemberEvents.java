package vn.party.membership.changes;

import vn.party.contracts.memberevents.MemberEventType;
import vn.party.membership.member.domain.MemberStatus;

/**
 * The domain event a member's status change means, for the event feed: decided by the statuses before and after,
 * so every path that changes a status (admission, recognition, transfers, leaving, discipline effects) is named the
 * same way without each one saying it. The names are the feed contract's {@link MemberEventType} (defined once, in
 * contracts, for membership and its readers).
 */
public final class MemberEvents {

    public static final String ADMITTED = MemberEventType.ADMITTED.name();
    public static final String OFFICIAL = MemberEventType.OFFICIAL.name();
    public static final String TRANSFERRED_IN = MemberEventType.TRANSFERRED_IN.name();
    public static final String TRANSFERRED_OUT = MemberEventType.TRANSFERRED_OUT.name();
    /** An internal transfer between organizations of the tree. */
    public static final String TRANSFERRED = MemberEventType.TRANSFERRED.name();
    /** Moved by a restructuring of the organization (merge, split, dissolve). */
    public static final String RELOCATED = MemberEventType.RELOCATED.name();
    /** Under an organization that moved elsewhere in the tree. */
    public static final String ORGANIZATION_MOVED = MemberEventType.ORGANIZATION_MOVED.name();
    public static final String REMOVED = MemberEventType.REMOVED.name();
    public static final String LEFT = MemberEventType.LEFT.name();
    public static final String EXPELLED = MemberEventType.EXPELLED.name();
    public static final String DECEASED = MemberEventType.DECEASED.name();
    public static final String SUSPENDED = MemberEventType.SUSPENDED.name();
    public static final String REINSTATED = MemberEventType.REINSTATED.name();
    public static final String EXEMPTED = MemberEventType.EXEMPTED.name();
    public static final String EXEMPTION_ENDED = MemberEventType.EXEMPTION_ENDED.name();
    public static final String REMOVED_FROM_POST = MemberEventType.REMOVED_FROM_POST.name();
    public static final String POST_RESTORED = MemberEventType.POST_RESTORED.name();
    public static final String CORRECTED = MemberEventType.CORRECTED.name();

    private MemberEvents() {
    }

    /** The event of a change from {@code before} to {@code after}; null when it has no domain name. */
    public static String ofStatusChange(MemberStatus before, MemberStatus after) {
        if (after == null || after == before) {
            return null;
        }
        if ((before == MemberStatus.SUSPENDED || before == MemberStatus.EXPELLED) && after.isActive()) {
            return REINSTATED;
        }
        return switch (after) {
            case TRANSFERRED_OUT -> TRANSFERRED_OUT;
            case REMOVED -> REMOVED;
            case LEFT -> LEFT;
            case EXPELLED -> EXPELLED;
            case DECEASED -> DECEASED;
            case SUSPENDED -> SUSPENDED;
            case EXEMPTED -> EXEMPTED;
            case PROBATIONARY, OFFICIAL -> {
                if (before == MemberStatus.EXEMPTED) {
                    yield EXEMPTION_ENDED;
                }
                yield before == MemberStatus.PROBATIONARY && after == MemberStatus.OFFICIAL ? OFFICIAL : null;
            }
        };
    }
}
