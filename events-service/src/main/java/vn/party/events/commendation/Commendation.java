package vn.party.events.commendation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.party.common.persistence.VersionedEntity;
import vn.party.events.commendation.domain.CommendationForm;
import vn.party.events.commendation.domain.IssuingLevel;
import vn.party.events.commendation.domain.RecipientKind;

/**
 * One recipient's commendation by a decision (a decision for several recipients is several rows sharing its
 * number). {@code organizationId} is where it counts: the recipient organization, or the member's organization on
 * the decision. A party badge is revoked by expulsion ({@code revokedOn}); it stays recorded, shown as revoked.
 */
@Entity
@Table(name = "commendation")
public class Commendation extends VersionedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public CommendationForm form;

    @Enumerated(EnumType.STRING)
    @Column(name = "issuing_level", nullable = false, length = 20)
    public IssuingLevel issuingLevel;

    @Column(name = "issuing_organization_id")
    public UUID issuingOrganizationId;

    @Column(name = "issuing_organization_name", nullable = false, length = 300)
    public String issuingOrganizationName;

    @Column(name = "decision_number", nullable = false, length = 60)
    public String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Column(nullable = false, columnDefinition = "text")
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, length = 20)
    public RecipientKind recipientKind;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "recipient_name", nullable = false, length = 300)
    public String recipientName;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "organization_type", length = 40)
    public String organizationType;

    @Column(name = "badge_milestone")
    public Integer badgeMilestone;

    @Column(name = "badge_early", nullable = false)
    public boolean badgeEarly;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "revocation_reason", length = 1000)
    public String revocationReason;

    @Column(name = "revoked_by_event")
    public Long revokedByEvent;

    @Column(name = "proposal_id")
    public UUID proposalId;

    @Column(name = "recorded_by", nullable = false, length = 200)
    public String recordedBy;

    public boolean revoked() {
        return revokedOn != null;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("form", form);
        state.put("issuingLevel", issuingLevel);
        state.put("issuingOrganizationId", issuingOrganizationId);
        state.put("issuingOrganizationName", issuingOrganizationName);
        state.put("decisionNumber", decisionNumber);
        state.put("decisionDate", decisionDate.toString());
        state.put("reason", reason);
        state.put("recipientKind", recipientKind);
        state.put("memberId", memberId);
        state.put("recipientName", recipientName);
        state.put("organizationId", organizationId);
        state.put("organizationType", organizationType);
        state.put("badgeMilestone", badgeMilestone);
        state.put("badgeEarly", badgeEarly);
        state.put("revokedOn", revokedOn == null ? null : revokedOn.toString());
        state.put("revocationReason", revocationReason);
        state.put("revokedByEvent", revokedByEvent);
        state.put("proposalId", proposalId);
        return state;
    }
}
