package vn.party.membership.committee.domain;

public enum TermStatus {
    /** In office (or recorded for the past and not yet closed). */
    OPEN,
    /** Closed by a decision: its end is the close date; no posts are added or ended any more. */
    CLOSED
}
