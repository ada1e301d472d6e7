package vn.party.contracts.discipline;

/** DECIDED: in force (possibly reduced on complaint); ANNULLED: annulled on complaint, no longer in force. */
public enum DecisionStatus {
    DECIDED,
    ANNULLED
}
