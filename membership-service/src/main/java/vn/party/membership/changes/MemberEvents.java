package vn.party.membership.changes;

import vn.party.membership.member.domain.MemberStatus;

/**
 * The domain event a member's status change means, for the event feed: decided by the statuses before and after,
 * so every path that changes a status (admission, recognition, transfers, leaving, discipline effects) is named the
 * same way without each one saying it.
 */
public final class MemberEvents {

    public static final String ADMITTED = "ADMITTED";
    public static final String OFFICIAL = "OFFICIAL";
    public static final String TRANSFERRED_IN = "TRANSFERRED_IN";
    public static final String TRANSFERRED_OUT = "TRANSFERRED_OUT";
    /** An internal transfer between organizations of the tree. */
    public static final String TRANSFERRED = "TRANSFERRED";
    /** Moved by a restructuring of the organization (merge, split, dissolve). */
    public static final String RELOCATED = "RELOCATED";
    /** Under an organization that moved elsewhere in the tree. */
    public static final String ORGANIZATION_MOVED = "ORGANIZATION_MOVED";
    public static final String REMOVED = "REMOVED";
    public static final String LEFT = "LEFT";
    public static final String EXPELLED = "EXPELLED";
    public static final String DECEASED = "DECEASED";
    public static final String SUSPENDED = "SUSPENDED";
    public static final String REINSTATED = "REINSTATED";
    public static final String EXEMPTED = "EXEMPTED";
    public static final String EXEMPTION_ENDED = "EXEMPTION_ENDED";
    public static final String REMOVED_FROM_POST = "REMOVED_FROM_POST";
    public static final String POST_RESTORED = "POST_RESTORED";
    public static final String CORRECTED = "CORRECTED";

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
