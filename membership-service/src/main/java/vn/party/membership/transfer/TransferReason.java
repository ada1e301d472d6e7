package vn.party.membership.transfer;

/** Why the member moves. A temporary transfer for STUDY may last longer. */
public enum TransferReason {
    JOB_CHANGE,
    RETIREMENT,
    RELOCATION,
    STUDY,
    WORK_ASSIGNMENT,
    OTHER
}
