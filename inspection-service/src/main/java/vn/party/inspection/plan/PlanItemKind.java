package vn.party.inspection.plan;

/** What an item of the programme is: an inspection of one of the kinds of the rules, or a supervision. */
public enum PlanItemKind {
    /** Kiểm tra chấp hành. */
    INSPECTION_COMPLIANCE,
    /** Kiểm tra chuyên đề. */
    INSPECTION_THEMATIC,
    /** Kiểm tra khi có dấu hiệu vi phạm. */
    INSPECTION_SIGNS_OF_VIOLATION,
    /** Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát của cấp dưới. */
    INSPECTION_LOWER_LEVEL_WORK,
    /** Kiểm tra tài chính đảng (incl. dues). */
    INSPECTION_FINANCIAL,
    /** Giám sát thường xuyên. */
    SUPERVISION_REGULAR,
    /** Giám sát chuyên đề. */
    SUPERVISION_THEMATIC
}
