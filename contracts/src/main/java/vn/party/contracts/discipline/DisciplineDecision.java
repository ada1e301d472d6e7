package vn.party.contracts.discipline;

import java.time.LocalDate;
import java.util.UUID;

import vn.party.contracts.effects.DisciplineForm;

/**
 * One discipline decision as other services read it (version {@value DisciplineDecisionPage#VERSION}): inspection's
 * {@code GET /api/inspection/discipline/decisions} items. Example: {@code contracts/discipline/decisions.json}.
 *
 * @param memberId the disciplined member (null when {@code targetKind} is ORGANIZATION)
 * @param organizationId the member's organization when the case was opened, or the disciplined organization
 * @param form the form in force (after a reduction on complaint, the lighter one); for an ANNULLED decision, the form
 *             it had when annulled
 */
public record DisciplineDecision(UUID caseId, TargetKind targetKind, UUID memberId, UUID organizationId,
                                 DisciplineForm form, String decisionNumber, LocalDate decisionDate,
                                 LocalDate effectiveDate, DecisionStatus status) {

    /** Whether the decision still counts (not annulled on complaint). */
    public boolean inForce() {
        return status != DecisionStatus.ANNULLED;
    }
}
