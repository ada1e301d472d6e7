package vn.party.events.commendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import vn.party.common.persistence.VersionedEntity;
import vn.party.events.commendation.domain.CommendationForm;
import vn.party.events.commendation.domain.IssuingLevel;
import vn.party.events.commendation.domain.ProposalStatus;

/** A proposal (đề nghị khen thưởng) from an organization to a higher level, approved or rejected there. */
@Entity
@Table(name = "commendation_proposal")
public class CommendationProposal extends VersionedEntity {

    /** Exactly one of {@code memberId}, {@code organizationId}. */
    @Embeddable
    public static class Recipient {
        @Column(name = "member_id")
        public UUID memberId;

        @Column(name = "organization_id")
        public UUID organizationId;

        public Recipient() {
        }

        public Recipient(UUID memberId, UUID organizationId) {
            this.memberId = memberId;
            this.organizationId = organizationId;
        }

        @Override
        public String toString() {
            return memberId != null ? "member:" + memberId : "organization:" + organizationId;
        }
    }

    @Id
    public UUID id;

    @Column(name = "proposing_organization_id", nullable = false)
    public UUID proposingOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_level", nullable = false, length = 20)
    public IssuingLevel targetLevel;

    @Column(name = "target_organization_id")
    public UUID targetOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public CommendationForm form;

    @Column(name = "badge_milestone")
    public Integer badgeMilestone;

    @Column(nullable = false, columnDefinition = "text")
    public String reasons;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commendation_proposal_recipient", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    public List<Recipient> recipients = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ProposalStatus status;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by", length = 200)
    public String decidedBy;

    @Column(name = "rejection_reason", columnDefinition = "text")
    public String rejectionReason;

    @Column(name = "decision_number", length = 60)
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "proposed_by", nullable = false, length = 200)
    public String proposedBy;

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("proposingOrganizationId", proposingOrganizationId);
        state.put("targetLevel", targetLevel);
        state.put("targetOrganizationId", targetOrganizationId);
        state.put("form", form);
        state.put("badgeMilestone", badgeMilestone);
        state.put("reasons", reasons);
        state.put("recipients", recipients.stream().map(Recipient::toString).toList());
        state.put("status", status);
        state.put("decidedBy", decidedBy);
        state.put("rejectionReason", rejectionReason);
        state.put("decisionNumber", decisionNumber);
        state.put("decisionDate", decisionDate == null ? null : decisionDate.toString());
        return state;
    }
}
