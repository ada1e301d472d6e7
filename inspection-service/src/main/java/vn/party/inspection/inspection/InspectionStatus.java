package vn.party.inspection.inspection;

/** Where an inspection stands, derived from its last step (kept as a column for filtering). */
public enum InspectionStatus {
    /** Opened, no decision recorded yet: not counted in any year. */
    PREPARING,
    /** From the decision to the draft report. */
    IN_PROGRESS,
    /** Conclusion recorded, not yet notified: still internal to the inspecting body. */
    CONCLUDED,
    /** Notice of the conclusion issued: the target's secretary and the member concerned may read it. */
    NOTIFIED;

    public static InspectionStatus after(InspectionStep step) {
        if (step == null) {
            return PREPARING;
        }
        return switch (step) {
            case CONCLUSION -> CONCLUDED;
            case CONCLUSION_NOTICE -> NOTIFIED;
            default -> IN_PROGRESS;
        };
    }
}
