package vn.party.inspection.plan;

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

/** One inspection or supervision in an annual programme, with its progress. */
@Entity
@Table(name = "inspection_plan_item")
public class PlanItem extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public PlanItemKind kind;

    @Column(nullable = false, length = 500)
    public String subject;

    @Column(name = "target_organization_id", nullable = false)
    public UUID targetOrganizationId;

    /** Set when a member is the target; the organization is then the member's. */
    @Column(name = "target_member_id")
    public UUID targetMemberId;

    @Column(name = "planned_month", nullable = false)
    public int plannedMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public PlanItemStep step;

    /** The date the current step was reached. */
    @Column(name = "step_date")
    public LocalDate stepDate;

    @Column(name = "concluded_on")
    public LocalDate concludedOn;

    @Column(name = "cancel_reason", length = 1000)
    public String cancelReason;

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("planId", planId);
        state.put("kind", kind);
        state.put("subject", subject);
        state.put("targetOrganizationId", targetOrganizationId);
        state.put("targetMemberId", targetMemberId);
        state.put("plannedMonth", plannedMonth);
        state.put("step", step);
        state.put("stepDate", stepDate == null ? null : stepDate.toString());
        state.put("concludedOn", concludedOn == null ? null : concludedOn.toString());
        state.put("cancelReason", cancelReason);
        return state;
    }
}
