package vn.party.membership.deadline;

/** What falls due: each kind comes from the service that owns the rule. */
public enum DeadlineKind {
    /** Xét công nhận chính thức: from the end of probation to the review deadline in working days. */
    PROBATION_REVIEW,
    /** The member presents the introduction letter (giấy giới thiệu) within the working days of its issue. */
    TRANSFER_PRESENTATION,
    /** The admission decision after the cell's resolution proposing admission, in working days (plus any extension). */
    ADMISSION_DECISION,
    /** The admission ceremony after the decision, in working days. */
    ADMISSION_CEREMONY,
    /** A cell (chi bộ) with fewer official members than the policy's minimum: to be made up, merged or dissolved. */
    CELL_BELOW_MINIMUM
}
