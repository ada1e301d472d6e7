package vn.party.inspection.discipline;

public enum CaseStatus {
    OPEN,
    DECIDED
}
