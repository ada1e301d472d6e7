package vn.party.contracts.memberevents;

/** What a change-log row is about. */
public enum ResourceType {
    MEMBER,
    ORGANIZATION
}
