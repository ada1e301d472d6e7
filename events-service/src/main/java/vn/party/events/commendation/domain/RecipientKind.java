package vn.party.events.commendation.domain;

/** A commendation goes to a member (cá nhân) or to an organization (tập thể). */
public enum RecipientKind {
    MEMBER,
    ORGANIZATION
}
