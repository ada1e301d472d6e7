package vn.party.contracts.effects;

/**
 * Disciplinary forms, mildest first (the order is the severity): khiển trách, cảnh cáo, cách chức, khai trừ; giải tán
 * for organizations. Inspection decides them and stores these labels; effects carry them to membership.
 */
public enum DisciplineForm {
    REPRIMAND,
    WARNING,
    REMOVAL_FROM_POST,
    EXPULSION,
    DISSOLUTION
}
