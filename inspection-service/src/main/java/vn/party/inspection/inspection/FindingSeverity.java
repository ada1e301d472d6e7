package vn.party.inspection.inspection;

/** How serious a finding is: a note or shortcoming, then the rules' levels of violation. */
public enum FindingSeverity {
    /** Ưu điểm / khuyết điểm cần khắc phục: no violation. */
    SHORTCOMING,
    /** Vi phạm ít nghiêm trọng. */
    MINOR,
    /** Vi phạm nghiêm trọng. */
    SERIOUS,
    /** Vi phạm rất nghiêm trọng. */
    VERY_SERIOUS
}
