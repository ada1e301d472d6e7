package vn.party.inspection.discipline;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.party.common.persistence.VersionedEntity;

/** Suspension of party activity (đình chỉ sinh hoạt đảng) over [startDate, endDate), endDate = start + totalDays. */
@Entity
@Table(name = "suspension")
public class Suspension extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(name = "scope_organization_id", nullable = false)
    public UUID scopeOrganizationId;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(nullable = false, length = 4000)
    public String reason;

    @Column(name = "decision_number", nullable = false, length = 60)
    public String decisionNumber;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "initial_days", nullable = false)
    public int initialDays;

    @Column(name = "total_days", nullable = false)
    public int totalDays;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "policy_id", nullable = false)
    public UUID policyId;

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("memberId", memberId);
        state.put("scopeOrganizationId", scopeOrganizationId);
        state.put("caseId", caseId);
        state.put("reason", reason);
        state.put("decisionNumber", decisionNumber);
        state.put("startDate", startDate == null ? null : startDate.toString());
        state.put("initialDays", initialDays);
        state.put("totalDays", totalDays);
        state.put("endDate", endDate == null ? null : endDate.toString());
        state.put("policyId", policyId);
        return state;
    }
}
