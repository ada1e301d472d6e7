package vn.party.membership.changes;

/** What a change-log row is about. */
public enum ResourceType {
    MEMBER,
    ORGANIZATION
}
