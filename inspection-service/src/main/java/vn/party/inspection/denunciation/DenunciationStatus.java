package vn.party.inspection.denunciation;

public enum DenunciationStatus {
    RECEIVED,
    ASSIGNED,
    RESOLVED,
    NOTIFIED
}
