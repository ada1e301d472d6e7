package vn.party.membership.transfer;

/** IN_PROGRESS until the receiving side records receipt (RECEIVED) or the case is CANCELLED. */
public enum TransferStatus {
    IN_PROGRESS,
    RECEIVED,
    CANCELLED
}
