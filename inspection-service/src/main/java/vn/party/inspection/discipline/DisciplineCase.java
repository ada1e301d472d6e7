package vn.party.inspection.discipline;

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
import vn.party.contracts.effects.DecidingBodyKind;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.discipline.rules.StatuteRules;

/** A discipline case (vụ việc kỷ luật) against a member or an organization, and its decision once taken. */
@Entity
@Table(name = "discipline_case")
public class DisciplineCase extends VersionedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 20)
    public TargetKind targetKind;

    @Column(name = "target_member_id")
    public UUID targetMemberId;

    /** The member's organization when the case was opened, or the target organization. */
    @Column(name = "scope_organization_id", nullable = false)
    public UUID scopeOrganizationId;

    @Column(name = "violation_description", nullable = false, length = 4000)
    public String violationDescription;

    @Column(name = "violation_date", nullable = false)
    public LocalDate violationDate;

    @Column(name = "newer_violation_description", length = 4000)
    public String newerViolationDescription;

    /** A newer violation by the same member restarts the statute of limitations. */
    @Column(name = "newer_violation_date")
    public LocalDate newerViolationDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_form", nullable = false, length = 30)
    public DisciplineForm proposedForm;

    /** The level the violation warrants (the statute is keyed on it, not on the form decided); null: the proposed form's. */
    @Enumerated(EnumType.STRING)
    @Column(name = "violation_level", length = 30)
    public DisciplineForm violationLevel;

    /** A category the policy may exempt from the statute (null: an ordinary violation). */
    @Enumerated(EnumType.STRING)
    @Column(name = "violation_category", length = 60)
    public ViolationCategory violationCategory;

    /** The end of a continuing violation (null: a single act on violationDate). */
    @Column(name = "violation_ended_on")
    public LocalDate violationEndedOn;

    /** The day the competent body concluded that discipline is due or decided to inspect: the statute stops there. */
    @Column(name = "statute_stopped_on")
    public LocalDate statuteStoppedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_form", length = 30)
    public DisciplineForm decidedForm;

    @Enumerated(EnumType.STRING)
    @Column(name = "deciding_body_kind", length = 30)
    public DecidingBodyKind decidingBodyKind;

    @Column(name = "deciding_organization_id")
    public UUID decidingOrganizationId;

    @Column(name = "entitled_voters")
    public Integer entitledVoters;

    @Column(name = "votes_for")
    public Integer votesFor;

    @Column(name = "votes_against")
    public Integer votesAgainst;

    @Column(name = "decision_number", length = 60)
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    @Column(name = "policy_id")
    public UUID policyId;

    /**
     * Last day to complain to the level above: the policy's complaint window counted from the day the decision was
     * received (null while the receipt is not recorded); the decision applies meanwhile.
     */
    @Column(name = "complaint_deadline")
    public LocalDate complaintDeadline;

    /** The day the member (or organization) received the decision: the complaint window runs from it. */
    @Column(name = "decision_received_on")
    public LocalDate decisionReceivedOn;

    /** The form in force after a complaint reduced it (NULL: as decided, unless annulled). */
    @Enumerated(EnumType.STRING)
    @Column(name = "effective_form", length = 30)
    public DisciplineForm effectiveForm;

    /** Set when a complaint annulled the decision: no form is in force any more. */
    @Column(name = "annulled_on")
    public LocalDate annulledOn;

    /** The form in force now: the decided one, a lighter one after a reduction, or null (undecided or annulled). */
    public DisciplineForm currentForm() {
        if (!decided() || annulledOn != null) {
            return null;
        }
        return effectiveForm != null ? effectiveForm : decidedForm;
    }

    /** A complaint reduced the decision to a lighter form. */
    public void reduceTo(DisciplineForm lighter) {
        effectiveForm = lighter;
    }

    /** A complaint annulled the decision. */
    public void annul(LocalDate on) {
        annulledOn = on;
    }

    /** The facts the statute of limitations depends on. */
    public StatuteRules.Violation violation() {
        return new StatuteRules.Violation(violationLevel != null ? violationLevel : proposedForm, violationCategory, violationDate, violationEndedOn,
                newerViolationDate, statuteStoppedOn);
    }

    public boolean decided() {
        return status == CaseStatus.DECIDED;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("targetKind", targetKind);
        state.put("targetMemberId", targetMemberId);
        state.put("scopeOrganizationId", scopeOrganizationId);
        state.put("violationDescription", violationDescription);
        state.put("violationDate", violationDate == null ? null : violationDate.toString());
        state.put("newerViolationDescription", newerViolationDescription);
        state.put("newerViolationDate", newerViolationDate == null ? null : newerViolationDate.toString());
        state.put("proposedForm", proposedForm);
        state.put("violationLevel", violationLevel);
        state.put("violationCategory", violationCategory);
        state.put("violationEndedOn", violationEndedOn == null ? null : violationEndedOn.toString());
        state.put("statuteStoppedOn", statuteStoppedOn == null ? null : statuteStoppedOn.toString());
        state.put("decisionReceivedOn", decisionReceivedOn == null ? null : decisionReceivedOn.toString());
        state.put("status", status);
        state.put("decidedForm", decidedForm);
        state.put("decidingBodyKind", decidingBodyKind);
        state.put("decidingOrganizationId", decidingOrganizationId);
        state.put("entitledVoters", entitledVoters);
        state.put("votesFor", votesFor);
        state.put("votesAgainst", votesAgainst);
        state.put("decisionNumber", decisionNumber);
        state.put("decisionDate", decisionDate == null ? null : decisionDate.toString());
        state.put("effectiveDate", effectiveDate == null ? null : effectiveDate.toString());
        state.put("policyId", policyId);
        state.put("complaintDeadline", complaintDeadline == null ? null : complaintDeadline.toString());
        state.put("effectiveForm", effectiveForm);
        state.put("annulledOn", annulledOn == null ? null : annulledOn.toString());
        return state;
    }
}
