package vn.party.events.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.party.common.persistence.VersionedEntity;

/**
 * The rating of one subject (a member or an organization) for one period, through its stages: self-assessment,
 * proposal by the proposing organization, decision by the approving organization.
 */
@Entity
@Table(name = "rating")
public class Rating extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "period_id", nullable = false)
    public UUID periodId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 15)
    public SubjectKind subjectKind;

    @Column(name = "member_id")
    public UUID memberId;

    /** A member's organization (cell), or the rated organization itself. */
    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "display_name", length = 200)
    public String displayName;

    /** The organization's chain, itself first and the root last, as membership answered it. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ancestry", nullable = false, columnDefinition = "uuid[]")
    public UUID[] ancestry;

    @Column(name = "grassroots_id")
    public UUID grassrootsId;

    @Column(name = "subject_is_grassroots", nullable = false)
    public boolean subjectIsGrassroots;

    @Column(name = "proposing_organization_id", nullable = false)
    public UUID proposingOrganizationId;

    @Column(name = "approving_organization_id", nullable = false)
    public UUID approvingOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    public RatingStage stage;

    @Column(name = "self_text", columnDefinition = "text")
    public String selfText;

    @Enumerated(EnumType.STRING)
    @Column(name = "self_level", length = 15)
    public RatingLevel selfLevel;

    @Column(name = "self_score", precision = 5, scale = 2)
    public BigDecimal selfScore;

    @Column(name = "self_assessed_by", length = 200)
    public String selfAssessedBy;

    @Column(name = "self_assessed_at")
    public Instant selfAssessedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_level", length = 15)
    public RatingLevel proposedLevel;

    @Column(name = "proposed_score", precision = 5, scale = 2)
    public BigDecimal proposedScore;

    @Column(name = "proposal_text", columnDefinition = "text")
    public String proposalText;

    @Column(name = "proposed_by", length = 200)
    public String proposedBy;

    @Column(name = "proposed_at")
    public Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "approved_level", length = 15)
    public RatingLevel approvedLevel;

    @Column(name = "approved_score", precision = 5, scale = 2)
    public BigDecimal approvedScore;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decision_number", length = 60)
    public String decisionNumber;

    @Column(name = "approval_note", columnDefinition = "text")
    public String approvalNote;

    @Column(name = "approved_by", length = 200)
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "policy_id")
    public Long policyId;

    /** The highest designation of an organization approved EXCELLENT; null when none was given. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public OrganizationDesignation designation;

    /** The designations held: EXEMPLARY implies CLEAN_AND_STRONG. */
    public List<OrganizationDesignation> designations() {
        if (designation == null) {
            return List.of();
        }
        return Arrays.stream(OrganizationDesignation.values()).filter(designation::includes).toList();
    }

    public List<UUID> ancestryList() {
        return ancestry == null ? List.of() : Arrays.asList(ancestry);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("periodId", periodId);
        state.put("subjectKind", subjectKind);
        state.put("memberId", memberId);
        state.put("organizationId", organizationId);
        state.put("displayName", displayName);
        state.put("grassrootsId", grassrootsId);
        state.put("stage", stage);
        state.put("selfText", selfText);
        state.put("selfLevel", selfLevel);
        state.put("selfScore", plain(selfScore));
        state.put("proposedLevel", proposedLevel);
        state.put("proposedScore", plain(proposedScore));
        state.put("proposalText", proposalText);
        state.put("approvedLevel", approvedLevel);
        state.put("approvedScore", plain(approvedScore));
        state.put("decidedOn", decidedOn == null ? null : decidedOn.toString());
        state.put("decisionNumber", decisionNumber);
        state.put("approvalNote", approvalNote);
        state.put("policyId", policyId);
        state.put("designation", designation);
        return state;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
