package vn.party.events.rating;

/**
 * Where a rating stands. Forward only: CREATED → (SELF_ASSESSED) → PROPOSED → APPROVED. The self-assessment is
 * optional but closes at the proposal; the proposal may be revised until the approval; an approval is final.
 */
public enum RatingStage {
    CREATED,
    SELF_ASSESSED,
    PROPOSED,
    APPROVED
}
