package vn.party.inspection.inspection;

/** What the conclusion found: no violation, shortcomings (khuyết điểm) to fix, or a violation (vi phạm). */
public enum ConclusionOutcome {
    NO_VIOLATION,
    SHORTCOMINGS,
    VIOLATION_FOUND
}
