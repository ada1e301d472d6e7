package vn.party.membership.effects;

/** What receiving an effect did. */
public enum EffectOutcome {
    /** Dated in the future: recorded, applied on its date. */
    SCHEDULED,
    /** Applied: the member's status or posts changed. */
    APPLIED,
    /** Nothing to do (e.g. the end of a suspension that is not the member's current one); recorded. */
    NO_OP,
    /** Recorded without an automatic change (an organization's dissolution goes through the dissolve procedure). */
    ACKNOWLEDGED,
    /** Replaced before it was applied (an extended suspension's earlier end; a decision annulled before its date). */
    SUPERSEDED
}
