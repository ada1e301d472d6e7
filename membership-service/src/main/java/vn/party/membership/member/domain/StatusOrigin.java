package vn.party.membership.member.domain;

/** Where an entry of the status history came from. */
public enum StatusOrigin {
    /** Recorded by a secretary or the bloc office on the endpoint of its own rule (death, exemption, removal…). */
    RECORDED,
    /** Applied from an inspection decision by the effects receiver: names the effect and the decision. */
    DECISION,
    /** Loaded from the paper past by the bloc office: names the document it was copied from. */
    HISTORICAL
}
