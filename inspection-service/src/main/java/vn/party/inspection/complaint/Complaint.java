package vn.party.inspection.complaint;

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
import vn.party.contracts.effects.DisciplineForm;

/** A complaint (khiếu nại) against a discipline decision, to the level above the deciding body. */
@Entity
@Table(name = "discipline_complaint")
public class Complaint extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "scope_organization_id", nullable = false)
    public UUID scopeOrganizationId;

    @Column(name = "filed_by", nullable = false, length = 200)
    public String filedBy;

    @Column(name = "filed_by_member", nullable = false)
    public boolean filedByMember;

    @Column(name = "decision_received_date", nullable = false)
    public LocalDate decisionReceivedDate;

    @Column(name = "filed_date", nullable = false)
    public LocalDate filedDate;

    /** Last day to file: the received date plus the policy's complaint window. */
    @Column(nullable = false)
    public LocalDate deadline;

    @Column(nullable = false, length = 4000)
    public String grounds;

    @Column(name = "handling_organization_id", nullable = false)
    public UUID handlingOrganizationId;

    @Column(name = "policy_id", nullable = false)
    public UUID policyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ComplaintStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public ComplaintOutcome outcome;

    /** The form in force when the complaint was filed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "original_form", nullable = false, length = 30)
    public DisciplineForm originalForm;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_form", length = 30)
    public DisciplineForm newForm;

    @Column(name = "resolution_number", length = 60)
    public String resolutionNumber;

    @Column(name = "resolution_date")
    public LocalDate resolutionDate;

    @Column(name = "resolution_reason", length = 4000)
    public String resolutionReason;

    @Column(name = "resolved_by", length = 200)
    public String resolvedBy;

    public boolean resolved() {
        return status == ComplaintStatus.RESOLVED;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("caseId", caseId);
        state.put("memberId", memberId);
        state.put("scopeOrganizationId", scopeOrganizationId);
        state.put("filedBy", filedBy);
        state.put("filedByMember", filedByMember);
        state.put("decisionReceivedDate", str(decisionReceivedDate));
        state.put("filedDate", str(filedDate));
        state.put("deadline", str(deadline));
        state.put("grounds", grounds);
        state.put("handlingOrganizationId", handlingOrganizationId);
        state.put("policyId", policyId);
        state.put("status", status);
        state.put("outcome", outcome);
        state.put("originalForm", originalForm);
        state.put("newForm", newForm);
        state.put("resolutionNumber", resolutionNumber);
        state.put("resolutionDate", str(resolutionDate));
        state.put("resolutionReason", resolutionReason);
        state.put("resolvedBy", resolvedBy);
        return state;
    }

    private static String str(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
