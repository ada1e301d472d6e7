package vn.party.contracts.memberevents;

/**
 * The domain events of a member in membership's feed ({@link MemberEvent#event()}). Membership names its changes with
 * these; consumers (events-service revokes party badges on {@link #EXPELLED}) match on them.
 */
public enum MemberEventType {
    ADMITTED,
    OFFICIAL,
    TRANSFERRED_IN,
    TRANSFERRED_OUT,
    /** An internal transfer between organizations of the tree. */
    TRANSFERRED,
    /** Moved by a restructuring of the organization (merge, split, dissolve). */
    RELOCATED,
    /** Under an organization that moved elsewhere in the tree. */
    ORGANIZATION_MOVED,
    REMOVED,
    LEFT,
    EXPELLED,
    DECEASED,
    SUSPENDED,
    REINSTATED,
    EXEMPTED,
    EXEMPTION_ENDED,
    REMOVED_FROM_POST,
    POST_RESTORED,
    CORRECTED
}
