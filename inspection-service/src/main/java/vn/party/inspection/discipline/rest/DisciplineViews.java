package vn.party.inspection.discipline.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.party.contracts.discipline.DecisionStatus;
import vn.party.contracts.discipline.DisciplineDecision;
import vn.party.contracts.effects.DecidingBodyKind;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.discipline.CaseStatus;
import vn.party.inspection.discipline.DisciplineCase;
import vn.party.inspection.discipline.Suspension;
import vn.party.inspection.discipline.TargetKind;
import vn.party.inspection.discipline.ViolationCategory;

public final class DisciplineViews {

    private DisciplineViews() {
    }

    public record Vote(int entitledVoters, int votesFor, int votesAgainst) {
    }

    public record Decision(DisciplineForm form, DecidingBodyKind decidingBodyKind, UUID decidingOrganizationId, Vote vote,
            String decisionNumber, LocalDate decisionDate, LocalDate effectiveDate, LocalDate receivedOn,
            LocalDate complaintDeadline, UUID policyId, DisciplineForm effectiveForm, LocalDate annulledOn) {
    }

    public record CaseView(UUID id, TargetKind targetKind, UUID targetMemberId, UUID organizationId,
            String violationDescription, LocalDate violationDate, String newerViolationDescription,
            LocalDate newerViolationDate, DisciplineForm proposedForm, DisciplineForm violationLevel,
            ViolationCategory violationCategory, LocalDate violationEndedOn, LocalDate statuteStoppedOn, CaseStatus status,
            Decision decision, long version, Instant createdAt, Instant updatedAt) {

        public static CaseView of(DisciplineCase c) {
            Decision decision = c.decided()
                    ? new Decision(c.decidedForm, c.decidingBodyKind, c.decidingOrganizationId,
                            new Vote(c.entitledVoters, c.votesFor, c.votesAgainst), c.decisionNumber, c.decisionDate,
                            c.effectiveDate, c.decisionReceivedOn, c.complaintDeadline, c.policyId, c.currentForm(), c.annulledOn)
                    : null;
            return new CaseView(c.id, c.targetKind, c.targetMemberId, c.scopeOrganizationId, c.violationDescription,
                    c.violationDate, c.newerViolationDescription, c.newerViolationDate, c.proposedForm, c.violationLevel,
                    c.violationCategory, c.violationEndedOn, c.statuteStoppedOn, c.status, decision, c.version, c.createdAt,
                    c.updatedAt);
        }
    }

    /**
     * One decision for other services (events-service's ratings, reports): the contract {@link DisciplineDecision}.
     * {@code form} is the form in force (after a reduction on complaint, the lighter one); for an ANNULLED decision,
     * the form it had when annulled. {@code organizationId} is the member's organization when the case was opened, or
     * the disciplined organization.
     */
    public static DisciplineDecision decisionOf(DisciplineCase c) {
        boolean annulled = c.annulledOn != null;
        DisciplineForm form = annulled ? (c.effectiveForm != null ? c.effectiveForm : c.decidedForm) : c.currentForm();
        return new DisciplineDecision(c.id, vn.party.contracts.discipline.TargetKind.valueOf(c.targetKind.name()),
                c.targetMemberId, c.scopeOrganizationId, form, c.decisionNumber, c.decisionDate, c.effectiveDate,
                annulled ? DecisionStatus.ANNULLED : DecisionStatus.DECIDED);
    }

    public record SuspensionView(UUID id, UUID memberId, UUID organizationId, UUID caseId, String reason,
            String decisionNumber, LocalDate startDate, int initialDays, int totalDays, LocalDate endDate, UUID policyId,
            long version, Instant createdAt, Instant updatedAt) {

        public static SuspensionView of(Suspension s) {
            return new SuspensionView(s.id, s.memberId, s.scopeOrganizationId, s.caseId, s.reason, s.decisionNumber,
                    s.startDate, s.initialDays, s.totalDays, s.endDate, s.policyId, s.version, s.createdAt, s.updatedAt);
        }
    }
}
