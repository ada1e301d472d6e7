package vn.party.inspection.denunciation;

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
import vn.party.inspection.discipline.TargetKind;

/** A denunciation (tố cáo) about a member or an organization. The denouncer's identity is in {@link Denouncer}. */
@Entity
@Table(name = "denunciation")
public class Denunciation extends VersionedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 20)
    public TargetKind subjectKind;

    @Column(name = "subject_member_id")
    public UUID subjectMemberId;

    /** The member's organization at intake, or the subject organization. */
    @Column(name = "scope_organization_id", nullable = false)
    public UUID scopeOrganizationId;

    @Column(nullable = false, length = 8000)
    public String content;

    @Column(name = "received_date", nullable = false)
    public LocalDate receivedDate;

    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "policy_id", nullable = false)
    public UUID policyId;

    @Column(nullable = false)
    public boolean anonymous;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DenunciationStatus status;

    /** The username of the inspector handling it. */
    @Column(name = "assigned_inspector", length = 200)
    public String assignedInspector;

    @Column(name = "assigned_on")
    public LocalDate assignedOn;

    @Column(length = 8000)
    public String resolution;

    @Column(name = "resolution_date")
    public LocalDate resolutionDate;

    @Column(name = "notice_date")
    public LocalDate noticeDate;

    public boolean resolved() {
        return status == DenunciationStatus.RESOLVED || status == DenunciationStatus.NOTIFIED;
    }

    /** Not resolved and past its deadline on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return !resolved() && today.isAfter(deadline);
    }

    /** Audit state: never the denouncer's identity. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("subjectKind", subjectKind);
        state.put("subjectMemberId", subjectMemberId);
        state.put("scopeOrganizationId", scopeOrganizationId);
        state.put("content", content);
        state.put("receivedDate", str(receivedDate));
        state.put("deadline", str(deadline));
        state.put("policyId", policyId);
        state.put("status", status);
        state.put("assignedInspector", assignedInspector);
        state.put("assignedOn", str(assignedOn));
        state.put("resolution", resolution);
        state.put("resolutionDate", str(resolutionDate));
        state.put("noticeDate", str(noticeDate));
        return state;
    }

    private static String str(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
