package vn.party.membership.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;
import vn.party.membership.calendar.WorkingCalendar;
import vn.party.membership.member.MemberService;
import vn.party.membership.organization.Organization;
import vn.party.membership.organization.domain.OrganizationType;
import vn.party.membership.policy.Policy;
import vn.party.membership.policy.PolicyCatalog;

/**
 * The extension of the admission decision's deadline (gia hạn): granted once, before the deadline has passed, by the
 * deciding level (the grassroots committee above a chi bộ trực thuộc, the committee above a chi bộ cơ sở), with a
 * reason, for at most the policy's working days.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class DecisionExtensionService {

    private static final Set<String> MANAGERS = Set.of(Roles.ORG_SECRETARY);
    private static final String RULE = "admission.decision-extension";

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PolicyCatalog policies;

    @Inject
    WorkingCalendar calendar;

    @Inject
    MemberService members;

    public Candidate extend(@NotNull UUID id, @NotNull @Valid CandidateRequests.DecisionExtension request) {
        Candidate candidate = Candidate.<Candidate>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Hồ sơ", id));
        scopeGuard.requireWithin(candidate.organizationId, MANAGERS);
        UUID deciding = decidingOrganization(candidate.organizationId);
        scopeGuard.requireWithin(deciding, MANAGERS);
        if (candidate.stage != CandidateStage.CELL_VOTED && candidate.stage != CandidateStage.COMMITTEE_VOTED) {
            throw ProblemException.conflict("Chỉ gia hạn khi hồ sơ chờ quyết định kết nạp; hồ sơ đang ở giai đoạn "
                    + candidate.stage + " (only a candidate awaiting the decision)");
        }
        if (candidate.decisionExtendedOn != null) {
            throw ProblemException.conflict("Thời hạn ra quyết định đã được gia hạn ngày " + candidate.decisionExtendedOn
                    + " (the deadline was already extended)");
        }
        if (request.grantedOn().isAfter(members.today())) {
            throw ProblemException.invalidField("grantedOn", "không được ở tương lai (cannot be in the future)");
        }
        if (request.grantedOn().isBefore(candidate.cellConsideredOn)) {
            throw ProblemException.invalidField("grantedOn", "không được trước ngày chi bộ ra nghị quyết "
                    + candidate.cellConsideredOn + " (cannot precede the cell's resolution)");
        }
        Policy policy = policies.inForceOn(candidate.cellConsideredOn);
        LocalDate due = AdmissionRules.decisionDue(calendar.workingDays(), candidate.cellConsideredOn, policy, null);
        if (request.grantedOn().isAfter(due)) {
            throw ProblemException.ruleViolated(RULE, "Thời hạn đã hết ngày " + due
                    + ": không thể gia hạn sau khi quá hạn (the deadline passed on " + due + "; too late to extend)");
        }
        if (request.workingDays() > policy.decisionExtensionMaxWorkingDays()) {
            throw ProblemException.ruleViolated(RULE, "Gia hạn tối đa " + policy.decisionExtensionMaxWorkingDays()
                    + " ngày làm việc (" + policy.reference() + "; at most "
                    + policy.decisionExtensionMaxWorkingDays() + " working days)");
        }
        Map<String, Object> before = candidate.auditState();
        candidate.decisionExtendedOn = request.grantedOn();
        candidate.decisionExtensionWorkingDays = request.workingDays();
        candidate.decisionExtensionReason = request.reason().trim();
        candidate.decisionExtendedBy = deciding;
        Candidate.flush();
        auditTrail.updated(AdmissionService.AUDIT_TYPE, candidate.id, before, candidate.auditState());
        return candidate;
    }

    /** The committee that decides: the first grassroots committee above the cell, or the parent of a chi bộ cơ sở. */
    static UUID decidingOrganization(UUID cellId) {
        Organization cell = Organization.<Organization>findByIdOptional(cellId)
                .orElseThrow(() -> ProblemException.notFound("Tổ chức", cellId));
        Organization current = cell;
        while (current.parentId != null) {
            Organization parent = Organization.<Organization>findByIdOptional(current.parentId).orElse(null);
            if (parent == null) {
                break;
            }
            if (cell.type == OrganizationType.GRASSROOTS_CELL
                    || List.of(OrganizationType.GRASSROOTS_COMMITTEE, OrganizationType.BLOC_COMMITTEE).contains(parent.type)) {
                return parent.id;
            }
            current = parent;
        }
        throw ProblemException.ruleViolated(RULE, "Không xác định được cấp ủy có thẩm quyền quyết định kết nạp"
                + " (no deciding committee above the organization)");
    }
}
