package vn.party.events.commendation.domain;

/** A proposal's state: SUBMITTED → APPROVED | REJECTED | WITHDRAWN; the last three are final. */
public enum ProposalStatus {
    SUBMITTED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    public boolean isFinal() {
        return this != SUBMITTED;
    }
}
