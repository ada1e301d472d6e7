package vn.party.inspection.supervision;

/** Giám sát thường xuyên (regular) or giám sát chuyên đề (thematic). */
public enum SupervisionKind {
    REGULAR,
    THEMATIC
}
