package vn.party.contracts.memberevents;

/** The kind of change a change-log row records; the domain meaning is its {@code event}. */
public enum ChangeType {
    CREATED,
    UPDATED,
    STATUS_CHANGED,
    /** The resource's place in the tree changed (a member's organization, an organization's parent). */
    MOVED,
    DELETED
}
