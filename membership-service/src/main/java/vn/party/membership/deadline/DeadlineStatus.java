package vn.party.membership.deadline;

/** DUE up to and including the due date; OVERDUE after it. */
public enum DeadlineStatus {
    DUE,
    OVERDUE
}
