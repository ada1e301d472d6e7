package vn.party.inspection.inspection;

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
import vn.party.common.time.PartyClock;
import vn.party.inspection.discipline.TargetKind;
import vn.party.inspection.plan.InspectingBody;

/** An inspection (cuộc kiểm tra) of one organization or one member by a committee or its inspection committee. */
@Entity
@Table(name = "inspection")
public class Inspection extends VersionedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public InspectionKind kind;

    @Column(name = "inspecting_organization_id", nullable = false)
    public UUID inspectingOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "inspecting_body", nullable = false, length = 30)
    public InspectingBody inspectingBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 20)
    public TargetKind targetKind;

    /** The target organization, or the member's organization when the inspection was opened. */
    @Column(name = "target_organization_id", nullable = false)
    public UUID targetOrganizationId;

    @Column(name = "target_member_id")
    public UUID targetMemberId;

    @Column(name = "plan_item_id")
    public UUID planItemId;

    /** The supervision finding this inspection on signs of violation was escalated from. */
    @Column(name = "origin_finding_id")
    public UUID originFindingId;

    @Column(nullable = false, length = 500)
    public String subject;

    @Column(nullable = false, length = 8000)
    public String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public InspectionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_step", length = 30)
    public InspectionStep lastStep;

    @Column(name = "last_step_date")
    public LocalDate lastStepDate;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public ConclusionOutcome outcome;

    public boolean notified() {
        return status == InspectionStatus.NOTIFIED;
    }

    /** Makes the row dirty so its version moves when only child rows (steps, findings) change. */
    public void touch() {
        updatedAt = PartyClock.instant(); // JPA callback: no CDI injection in an entity
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("inspectingOrganizationId", inspectingOrganizationId);
        state.put("inspectingBody", inspectingBody);
        state.put("targetKind", targetKind);
        state.put("targetOrganizationId", targetOrganizationId);
        state.put("targetMemberId", targetMemberId);
        state.put("planItemId", planItemId);
        state.put("originFindingId", originFindingId);
        state.put("subject", subject);
        state.put("content", content);
        state.put("status", status);
        state.put("lastStep", lastStep);
        state.put("lastStepDate", lastStepDate == null ? null : lastStepDate.toString());
        state.put("decisionDate", decisionDate == null ? null : decisionDate.toString());
        state.put("outcome", outcome);
        return state;
    }
}
