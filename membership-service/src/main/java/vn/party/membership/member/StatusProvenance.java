package vn.party.membership.member;

import java.util.UUID;

import vn.party.membership.member.domain.StatusOrigin;

/** Where a status entry comes from, stored with it: what a reader of the history needs to believe it. */
public record StatusProvenance(StatusOrigin origin, UUID effectId, UUID decisionId, String sourceDocument) {

    public static final StatusProvenance RECORDED = new StatusProvenance(StatusOrigin.RECORDED, null, null, null);

    /** Applied by the effects receiver: the effect delivered and inspection's case or suspension it carries out. */
    public static StatusProvenance decision(UUID effectId, UUID decisionId) {
        return new StatusProvenance(StatusOrigin.DECISION, effectId, decisionId, null);
    }

    /** Loaded from the paper past, with the document it was copied from. */
    public static StatusProvenance historical(String sourceDocument) {
        return new StatusProvenance(StatusOrigin.HISTORICAL, null, null, sourceDocument);
    }
}
