package vn.party.inspection.discipline;

/** Disciplinary forms, mildest first: khiển trách, cảnh cáo, cách chức, khai trừ; giải tán for organizations. */
public enum DisciplineForm {
    REPRIMAND,
    WARNING,
    REMOVAL_FROM_POST,
    EXPULSION,
    DISSOLUTION
}
