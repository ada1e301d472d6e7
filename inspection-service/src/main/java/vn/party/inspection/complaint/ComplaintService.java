package vn.party.inspection.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.Caller;
import vn.party.common.security.CallerContext;
import vn.party.common.security.OrganizationHierarchy;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;
import vn.party.common.time.PartyClock;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.complaint.rest.ComplaintRequests;
import vn.party.inspection.discipline.DisciplineCase;
import vn.party.inspection.discipline.Suspension;
import vn.party.inspection.discipline.TargetKind;
import vn.party.inspection.discipline.feed.DecisionChanges;
import vn.party.inspection.discipline.outbox.Effects;
import vn.party.inspection.discipline.outbox.Outbox;
import vn.party.inspection.discipline.policy.DisciplinePolicy;
import vn.party.inspection.discipline.policy.PolicyRepository;
import vn.party.inspection.discipline.rules.DisciplineRules;

/**
 * Complaints against discipline decisions. The disciplined member files (or staff on their behalf) within the policy's
 * window from the day the decision was received; bloc-admin and inspectors whose subtree holds the handling
 * organization (the level above the deciding body) resolve them. The decision applies while the complaint is open.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ComplaintService {

    public static final String AUDIT_TYPE = "discipline-complaint";
    static final String CASE_AUDIT_TYPE = "discipline-case";
    public static final String DEADLINE = "complaint.deadline";
    public static final String NOT_DECIDED = "complaint.case-not-decided";
    public static final String ALREADY_OPEN = "complaint.already-open";
    public static final String NOT_LIGHTER = "complaint.reduce-lighter";
    public static final String RESOLVED = "complaint.resolved";
    public static final String NOTHING_IN_FORCE = "complaint.nothing-in-force";

    static final Set<String> STAFF = Set.of(Roles.INSPECTOR, Roles.ORG_SECRETARY);
    static final Set<String> RESOLVERS = Set.of(Roles.INSPECTOR);

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    PartyClock clock;

    @Inject
    CallerContext callerContext;

    @Inject
    OrganizationHierarchy hierarchy;

    @Inject
    AuditTrail auditTrail;

    @Inject
    EntityManager entityManager;

    @Inject
    PolicyRepository policies;

    @Inject
    Outbox outbox;

    @Inject
    DecisionChanges changes;

    public Complaint file(@NotNull @Valid ComplaintRequests.File request) {
        DisciplineCase c = DisciplineCase.<DisciplineCase>findByIdOptional(request.caseId())
                .orElseThrow(() -> ProblemException.invalidField("caseId", "vụ việc không tồn tại (unknown case)"));
        Caller caller = callerContext.caller();
        boolean byMember = !caller.isBlocAdmin() && !caller.hasRole(Roles.INSPECTOR) && !caller.hasRole(Roles.ORG_SECRETARY);
        LocalDate today = clock.today();
        LocalDate filedDate = request.filedDate() == null ? today : request.filedDate();
        if (byMember) {
            boolean own = caller.hasRole(Roles.MEMBER) && c.targetMemberId != null
                    && caller.memberId().map(c.targetMemberId::equals).orElse(false);
            if (!own) {
                throw ProblemException.forbidden("Chỉ đảng viên bị kỷ luật được khiếu nại (only the disciplined member may complain)");
            }
            if (!filedDate.equals(today)) {
                throw ProblemException.invalidField("filedDate", "đảng viên nộp khiếu nại vào hôm nay (a member files today)");
            }
        } else if (!scopeGuard.permits(c.scopeOrganizationId, STAFF)) {
            // a generic refusal: naming the case's organization would tell an outsider where a case id belongs
            throw ProblemException.forbidden("Vụ việc " + c.id + " nằm ngoài phạm vi của bạn (the case is outside your scope)");
        }
        if (!c.decided()) {
            throw ProblemException.ruleViolated(NOT_DECIDED, "Vụ việc chưa có quyết định kỷ luật (the case has no decision yet)");
        }
        DisciplineForm inForce = c.currentForm();
        if (inForce == null) {
            throw ProblemException.ruleViolated(NOTHING_IN_FORCE, "Quyết định đã bị hủy (the decision was annulled)");
        }
        if (request.decisionReceivedDate().isBefore(c.decisionDate)) {
            throw ProblemException.invalidField("decisionReceivedDate", "không được trước ngày quyết định (must not precede the decision date)");
        }
        if (filedDate.isBefore(request.decisionReceivedDate())) {
            throw ProblemException.invalidField("filedDate", "không được trước ngày nhận quyết định (must not precede decisionReceivedDate)");
        }
        if (filedDate.isAfter(today)) {
            throw ProblemException.invalidField("filedDate", "không được ở tương lai (must not be in the future)");
        }
        DisciplinePolicy policy = policies.inForceOn(c.decisionDate);
        LocalDate deadline = request.decisionReceivedDate().plusMonths(policy.complaintWindowMonths());
        if (filedDate.isAfter(deadline)) {
            throw ProblemException.ruleViolated(DEADLINE, "Quá thời hạn khiếu nại: hạn cuối " + deadline + " (" + policy.complaintWindowMonths()
                    + " tháng từ ngày nhận quyết định); nộp ngày " + filedDate + " (complaint window closed)");
        }
        if (Complaint.count("caseId = ?1 and status = ?2", c.id, ComplaintStatus.OPEN) > 0) {
            throw ProblemException.ruleViolated(ALREADY_OPEN, "Vụ việc đang có khiếu nại chưa giải quyết (a complaint is already open)");
        }

        Complaint k = new Complaint();
        k.id = UUID.randomUUID();
        k.caseId = c.id;
        k.memberId = c.targetMemberId;
        k.scopeOrganizationId = c.scopeOrganizationId;
        k.filedBy = caller.name();
        k.filedByMember = byMember;
        k.decisionReceivedDate = request.decisionReceivedDate();
        k.filedDate = filedDate;
        k.deadline = deadline;
        k.grounds = request.grounds().trim();
        k.handlingOrganizationId = levelAbove(c.decidingOrganizationId);
        k.policyId = policy.id();
        k.status = ComplaintStatus.OPEN;
        k.originalForm = inForce;
        k.persist();
        entityManager.flush();
        auditTrail.created(AUDIT_TYPE, k.id, k.auditState());
        return k;
    }

    public Complaint resolve(@NotNull UUID id, @NotNull @Valid ComplaintRequests.Resolve request) {
        Complaint k = find(id);
        scopeGuard.requireWithin(k.handlingOrganizationId, RESOLVERS);
        scopeGuard.requireWithin(k.scopeOrganizationId, RESOLVERS);
        if (k.resolved()) {
            throw ProblemException.ruleViolated(RESOLVED, "Khiếu nại đã được giải quyết (the complaint is already resolved)");
        }
        k.requireVersion(request.version());
        DisciplineCase c = DisciplineCase.<DisciplineCase>findById(k.caseId);
        if (request.outcome() == ComplaintOutcome.REDUCE) {
            if (request.newForm() == null) {
                throw ProblemException.invalidField("newForm", "bắt buộc khi giảm hình thức (required to reduce)");
            }
        } else if (request.newForm() != null) {
            throw ProblemException.invalidField("newForm", "chỉ dùng khi giảm hình thức (only to reduce)");
        }
        if (request.resolutionDate().isBefore(k.filedDate)) {
            throw ProblemException.invalidField("resolutionDate", "không được trước ngày khiếu nại (must not precede filedDate)");
        }
        DisciplineForm inForce = c.currentForm();
        if (request.outcome() == ComplaintOutcome.REDUCE && !isLighter(request.newForm(), inForce)) {
            throw ProblemException.ruleViolated(NOT_LIGHTER, "Hình thức mới " + request.newForm() + " phải nhẹ hơn " + inForce
                    + " (a reduction must be to a lighter form)");
        }
        if (request.outcome() == ComplaintOutcome.REDUCE && c.targetKind == TargetKind.ORGANIZATION) {
            DisciplineRules.requireFormForTarget(TargetKind.ORGANIZATION, request.newForm(), false, Optional.empty());
        }

        Map<String, Object> before = k.auditState();
        k.status = ComplaintStatus.RESOLVED;
        k.outcome = request.outcome();
        k.newForm = request.newForm();
        k.resolutionNumber = request.resolutionNumber().trim();
        k.resolutionDate = request.resolutionDate();
        k.resolutionReason = request.reason() == null || request.reason().isBlank() ? null : request.reason().trim();
        k.resolvedBy = callerContext.caller().name();
        auditTrail.recorded("RESOLVE", AUDIT_TYPE, k.id, AuditTrail.diff(before, k.auditState()));

        if (request.outcome() != ComplaintOutcome.UPHOLD) {
            Map<String, Object> caseBefore = c.auditState();
            if (request.outcome() == ComplaintOutcome.REDUCE) {
                c.reduceTo(request.newForm());
            } else {
                c.annul(request.resolutionDate());
            }
            auditTrail.recorded(request.outcome() == ComplaintOutcome.REDUCE ? "REDUCE" : "ANNUL", CASE_AUDIT_TYPE, c.id,
                    AuditTrail.diff(caseBefore, c.auditState()));
            writeEffect(k, c, inForce);
            entityManager.flush();
            if (request.outcome() == ComplaintOutcome.REDUCE) {
                changes.upsert(c);
            } else {
                changes.delete(c);
            }
        }
        entityManager.flush();
        return k;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Complaint get(@NotNull UUID id) {
        Complaint k = find(id);
        if (!mayRead(k)) {
            throw ProblemException.forbidden("Không được xem khiếu nại này (not allowed to read this complaint)");
        }
        auditTrail.read(AUDIT_TYPE, k.id);
        return k;
    }

    /** Complaints about cases in an organization's subtree (as recorded when each case was opened), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Page<Complaint> list(@NotNull UUID organizationId, PageRequest page) {
        scopeGuard.requireWithin(organizationId, STAFF);
        Caller caller = callerContext.caller();
        boolean resolvedOnly = !caller.isBlocAdmin() && !(caller.hasRole(Roles.INSPECTOR)
                && scopeGuard.permits(organizationId, RESOLVERS));
        String where = " from discipline_complaint k join discipline_case_scope s on s.case_id = k.case_id"
                + " where s.organization_id = :org" + (resolvedOnly ? " and k.status = 'RESOLVED'" : "");
        List<Complaint> items = entityManager.createNativeQuery("select k.*" + where + " order by k.created_at desc, k.id",
                        Complaint.class)
                .setParameter("org", organizationId)
                .setFirstResult(page.offset()).setMaxResults(page.size)
                .getResultList();
        long total = ((Number) entityManager.createNativeQuery("select count(*)" + where)
                .setParameter("org", organizationId).getSingleResult()).longValue();
        return Page.of(items, page, total);
    }

    /** The calling member's complaints. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Complaint> mine(PageRequest page) {
        UUID memberId = callerContext.caller().memberId().orElseThrow(() -> ProblemException.forbidden(
                "Token không có member_id (no member_id claim)"));
        var query = Complaint.<Complaint>find("memberId = ?1 order by filedDate desc, id", memberId);
        return Page.of(query.page(page.page, page.size).list(), page, query.count());
    }

    /** Lighter = a lower severity level (the enum is ordered mildest first). */
    static boolean isLighter(DisciplineForm candidate, DisciplineForm current) {
        return current != null && candidate.ordinal() < current.ordinal();
    }

    private boolean mayRead(Complaint k) {
        Caller caller = callerContext.caller();
        if (caller.isBlocAdmin()) {
            return true;
        }
        if (caller.hasRole(Roles.INSPECTOR) && (scopeGuard.permits(k.scopeOrganizationId, RESOLVERS)
                || scopeGuard.permits(k.handlingOrganizationId, RESOLVERS))) {
            return true;
        }
        if (caller.hasRole(Roles.MEMBER) && k.memberId != null && caller.memberId().map(k.memberId::equals).orElse(false)) {
            return true;
        }
        return k.resolved() && caller.hasRole(Roles.ORG_SECRETARY)
                && scopeGuard.permits(k.scopeOrganizationId, Set.of(Roles.ORG_SECRETARY));
    }

    /** The parent of the deciding organization; at the root (the bloc), the bloc itself (its higher body is outside the tree). */
    private UUID levelAbove(UUID decidingOrganizationId) {
        List<UUID> ancestry = hierarchy.ancestry(decidingOrganizationId).orElse(List.of(decidingOrganizationId));
        return ancestry.size() > 1 ? ancestry.get(1) : decidingOrganizationId;
    }

    private void writeEffect(Complaint k, DisciplineCase c, DisciplineForm previous) {
        List<UUID> running = k.outcome != ComplaintOutcome.ANNUL ? List.of()
                : Suspension.<Suspension>list("caseId = ?1 and endDate > ?2", c.id, k.resolutionDate).stream()
                        .map(s -> s.id).toList();
        outbox.record(AUDIT_TYPE, k.id, Effects.ofComplaint(k, c, previous, running), c.targetMemberId,
                c.scopeOrganizationId, k.resolutionDate);
    }

    private static Complaint find(UUID id) {
        return Complaint.<Complaint>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Khiếu nại", id));
    }
}
