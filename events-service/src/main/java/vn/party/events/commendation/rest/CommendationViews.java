package vn.party.events.commendation.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import vn.party.events.commendation.Commendation;
import vn.party.events.commendation.CommendationProposal;
import vn.party.events.commendation.EarlyAwardCase;
import vn.party.events.commendation.domain.CommendationForm;
import vn.party.events.commendation.domain.IssuingLevel;
import vn.party.events.commendation.domain.ProposalStatus;
import vn.party.events.commendation.domain.RecipientKind;

public final class CommendationViews {

    private CommendationViews() {
    }

    public record CommendationView(UUID id, CommendationForm form, String formName, IssuingLevel issuingLevel,
            UUID issuingOrganizationId, String issuingOrganizationName, String decisionNumber, LocalDate decisionDate,
            String reason, RecipientKind recipientKind, UUID memberId, String recipientName, UUID organizationId,
            Integer badgeMilestone, boolean badgeEarly, boolean revoked, LocalDate revokedOn, String revocationReason,
            UUID proposalId, String recordedBy, long version, Instant createdAt) {

        public static CommendationView of(Commendation c) {
            return new CommendationView(c.id, c.form, c.form.vietnameseName(), c.issuingLevel, c.issuingOrganizationId,
                    c.issuingOrganizationName, c.decisionNumber, c.decisionDate, c.reason, c.recipientKind, c.memberId,
                    c.recipientName, c.organizationId, c.badgeMilestone, c.badgeEarly, c.revoked(), c.revokedOn,
                    c.revocationReason, c.proposalId, c.recordedBy, c.version, c.createdAt);
        }
    }

    public record RecipientView(UUID memberId, UUID organizationId) {
    }

    public record ProposalView(UUID id, UUID proposingOrganizationId, IssuingLevel targetLevel,
            UUID targetOrganizationId, CommendationForm form, Integer badgeMilestone, String reasons,
            List<RecipientView> recipients, ProposalStatus status, String proposedBy, OffsetDateTime decidedAt,
            String decidedBy, String rejectionReason, String decisionNumber, LocalDate decisionDate, long version,
            Instant createdAt) {

        public static ProposalView of(CommendationProposal p, ZoneId zone) {
            return new ProposalView(p.id, p.proposingOrganizationId, p.targetLevel, p.targetOrganizationId, p.form,
                    p.badgeMilestone, p.reasons,
                    p.recipients.stream().map(r -> new RecipientView(r.memberId, r.organizationId)).toList(), p.status,
                    p.proposedBy, p.decidedAt == null ? null : p.decidedAt.atZone(zone).toOffsetDateTime(), p.decidedBy,
                    p.rejectionReason, p.decisionNumber, p.decisionDate, p.version, p.createdAt);
        }
    }

    public record ApprovalView(ProposalView proposal, List<CommendationView> commendations) {
    }

    public record EarlyAwardCaseView(UUID id, UUID memberId, UUID organizationId, LocalDate certifiedOn, String reason,
            String recordedBy, long version, Instant createdAt) {

        public static EarlyAwardCaseView of(EarlyAwardCase c) {
            return new EarlyAwardCaseView(c.id, c.memberId, c.organizationId, c.certifiedOn, c.reason, c.recordedBy,
                    c.version, c.createdAt);
        }
    }
}
