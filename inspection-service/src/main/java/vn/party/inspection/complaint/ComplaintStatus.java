package vn.party.inspection.complaint;

public enum ComplaintStatus {
    OPEN,
    RESOLVED
}
