package vn.party.inspection.inspection;

import vn.party.inspection.plan.PlanItemKind;

/** Kinds of inspection in the rules (QĐ 296-QĐ/TW). */
public enum InspectionKind {
    /** Kiểm tra chấp hành (regular) or chuyên đề (thematic). */
    COMPLIANCE,
    /** Kiểm tra khi có dấu hiệu vi phạm. */
    SIGNS_OF_VIOLATION,
    /** Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật của cấp dưới. */
    LOWER_LEVEL_INSPECTION_WORK,
    /** Kiểm tra tài chính đảng, incl. the collection and use of party dues. */
    FINANCIAL;

    /** Whether a programme item of {@code itemKind} plans an inspection of this kind. */
    public boolean plannedBy(PlanItemKind itemKind) {
        return switch (this) {
            case COMPLIANCE -> itemKind == PlanItemKind.INSPECTION_COMPLIANCE || itemKind == PlanItemKind.INSPECTION_THEMATIC;
            case SIGNS_OF_VIOLATION -> itemKind == PlanItemKind.INSPECTION_SIGNS_OF_VIOLATION;
            case LOWER_LEVEL_INSPECTION_WORK -> itemKind == PlanItemKind.INSPECTION_LOWER_LEVEL_WORK;
            case FINANCIAL -> itemKind == PlanItemKind.INSPECTION_FINANCIAL;
        };
    }
}
