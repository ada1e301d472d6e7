package vn.party.inspection.inspection;

import vn.party.inspection.plan.PlanItemStep;

/**
 * The procedure, in order: decision to inspect (quyết định kiểm tra) → team formed (thành lập đoàn) → the team's
 * plan (kế hoạch) → notice to the target (thông báo) → the target's self-report (báo cáo giải trình) →
 * verification (thẩm tra, xác minh) → draft report (dự thảo báo cáo) → conclusion (kết luận) → notice of the
 * conclusion (thông báo kết luận). Each step is recorded once, after its predecessor.
 */
public enum InspectionStep {
    DECISION(true, PlanItemStep.TEAM_DECIDED),
    TEAM(false, PlanItemStep.TEAM_DECIDED),
    PLAN(false, PlanItemStep.TEAM_PLAN_APPROVED),
    NOTICE(false, PlanItemStep.TARGET_NOTIFIED),
    SELF_REPORT(false, PlanItemStep.SELF_REPORTED),
    VERIFICATION(false, PlanItemStep.VERIFIED),
    DRAFT_REPORT(false, PlanItemStep.DRAFT_REPORTED),
    CONCLUSION(true, PlanItemStep.CONCLUDED),
    CONCLUSION_NOTICE(true, PlanItemStep.CONCLUSION_NOTIFIED);

    private final boolean numberedDocument;
    private final PlanItemStep planItemStep;

    InspectionStep(boolean numberedDocument, PlanItemStep planItemStep) {
        this.numberedDocument = numberedDocument;
        this.planItemStep = planItemStep;
    }

    /** The step issues a numbered document of the inspecting body, so its number is required. */
    public boolean requiresDocumentNumber() {
        return numberedDocument;
    }

    /** Where a linked programme item stands once this step is reached. */
    public PlanItemStep planItemStep() {
        return planItemStep;
    }

    public InspectionStep next() {
        return this == CONCLUSION_NOTICE ? null : values()[ordinal() + 1];
    }
}
