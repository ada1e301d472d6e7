package vn.party.inspection.supervision;

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

/** A supervision (giám sát) of one organization or member over a period. */
@Entity
@Table(name = "supervision")
public class Supervision extends VersionedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public SupervisionKind kind;

    @Column(name = "inspecting_organization_id", nullable = false)
    public UUID inspectingOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "inspecting_body", nullable = false, length = 30)
    public InspectingBody inspectingBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 20)
    public TargetKind targetKind;

    @Column(name = "target_organization_id", nullable = false)
    public UUID targetOrganizationId;

    @Column(name = "target_member_id")
    public UUID targetMemberId;

    @Column(nullable = false, length = 500)
    public String subject;

    @Column(nullable = false, length = 8000)
    public String content;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

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
        state.put("subject", subject);
        state.put("content", content);
        state.put("periodFrom", periodFrom.toString());
        state.put("periodTo", periodTo.toString());
        return state;
    }
}
