package vn.party.inspection.plan;

/**
 * How far an item has got, in the order of the procedure: decision forming the team → its plan → notice to the
 * target → the target's self-report → verification → draft report → conclusion → notice of the conclusion.
 * CANCELLED leaves the sequence. Progress only moves forward.
 */
public enum PlanItemStep {
    PLANNED,
    TEAM_DECIDED,
    TEAM_PLAN_APPROVED,
    TARGET_NOTIFIED,
    SELF_REPORTED,
    VERIFIED,
    DRAFT_REPORTED,
    CONCLUDED,
    CONCLUSION_NOTIFIED,
    CANCELLED;

    public boolean concluded() {
        return this == CONCLUDED || this == CONCLUSION_NOTIFIED;
    }

    public boolean started() {
        return this != PLANNED && this != CANCELLED;
    }
}
