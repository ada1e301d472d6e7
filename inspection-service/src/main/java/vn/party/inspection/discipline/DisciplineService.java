package vn.party.inspection.discipline;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.Caller;
import vn.party.common.security.CallerContext;
import vn.party.common.security.OrganizationHierarchy;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.discipline.feed.DecisionChanges;
import vn.party.inspection.discipline.member.MemberFacts;
import vn.party.inspection.discipline.member.MemberFactsReads;
import vn.party.inspection.discipline.member.MemberScope;
import vn.party.inspection.discipline.outbox.Effects;
import vn.party.inspection.discipline.outbox.Outbox;
import vn.party.inspection.discipline.policy.DisciplinePolicy;
import vn.party.inspection.discipline.policy.PolicyRepository;
import vn.party.inspection.discipline.rest.DisciplineRequests;
import vn.party.inspection.discipline.rules.BodyLevelRules;
import vn.party.inspection.discipline.rules.CaseInputRules;
import vn.party.inspection.discipline.rules.DisciplineRules;
import vn.party.inspection.discipline.rules.StatuteRules;
import vn.party.replica.OrganizationPeriod;
import vn.party.replica.ReplicaOrganizations;

/**
 * Discipline cases: inspectors (within their committee's subtree) and bloc-admin open and decide them;
 * secretaries of the subtree read them once decided; a member reads decisions about themselves.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class DisciplineService {

    static final String AUDIT_TYPE = "discipline-case";
    static final Set<String> CASE_WRITERS = Set.of(Roles.INSPECTOR);
    public static final String ALREADY_DECIDED = "discipline.already-decided";

    @Inject
    ScopeGuard scopeGuard;

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
    MemberFactsReads memberFacts;

    @Inject
    MemberScope memberScope;

    @Inject
    Outbox outbox;

    @Inject
    DecisionChanges changes;

    @Inject
    ReplicaOrganizations organizations;

    public DisciplineCase create(@NotNull @Valid DisciplineRequests.CreateCase request) {
        UUID organizationId;
        boolean probationary = false;
        if (request.targetKind() == TargetKind.MEMBER) {
            if (request.targetMemberId() == null) {
                throw ProblemException.invalidField("targetMemberId", "bắt buộc với đối tượng là đảng viên (required for a member)");
            }
            if (request.targetOrganizationId() != null) {
                throw ProblemException.invalidField("targetOrganizationId", "chỉ dùng cho đối tượng là tổ chức (organizations only)");
            }
            // scope first: the roll rule below must not tell an outsider anything about the member
            MemberFacts facts = memberScope.facts(request.targetMemberId(), CASE_WRITERS);
            DisciplineRules.requireOnTheRoll(facts.status());
            organizationId = facts.organizationId();
            probationary = facts.probationary();
        } else {
            if (request.targetOrganizationId() == null) {
                throw ProblemException.invalidField("targetOrganizationId", "bắt buộc với đối tượng là tổ chức (required for an organization)");
            }
            if (request.targetMemberId() != null) {
                throw ProblemException.invalidField("targetMemberId", "chỉ dùng cho đối tượng là đảng viên (members only)");
            }
            organizationId = request.targetOrganizationId();
        }
        scopeGuard.requireWithin(organizationId, CASE_WRITERS);
        List<UUID> ancestry = hierarchy.ancestry(organizationId).orElseThrow(() -> ProblemException.invalidField(
                request.targetKind() == TargetKind.MEMBER ? "targetMemberId" : "targetOrganizationId",
                "tổ chức " + organizationId + " không tồn tại (unknown organization)"));
        CaseInputRules.requireConsistent(request);
        DisciplineRules.requireFormForTarget(request.targetKind(), request.proposedForm(), probationary, Optional.empty());

        DisciplineCase c = new DisciplineCase();
        c.id = UUID.randomUUID();
        c.targetKind = request.targetKind();
        c.targetMemberId = request.targetMemberId();
        c.scopeOrganizationId = organizationId;
        c.violationDescription = request.violationDescription().trim();
        c.violationDate = request.violationDate();
        c.newerViolationDescription = isBlank(request.newerViolationDescription()) ? null : request.newerViolationDescription().trim();
        c.newerViolationDate = request.newerViolationDate();
        c.proposedForm = request.proposedForm();
        c.violationLevel = request.level();
        c.violationCategory = request.violationCategory();
        c.violationEndedOn = request.violationEndedOn();
        c.statuteStoppedOn = request.statuteStoppedOn();
        c.status = CaseStatus.OPEN;
        c.persist();
        entityManager.flush();
        for (UUID scope : ancestry.contains(organizationId) ? ancestry : prepend(organizationId, ancestry)) {
            entityManager.createNativeQuery("insert into discipline_case_scope (case_id, organization_id) values (:c, :o)")
                    .setParameter("c", c.id).setParameter("o", scope).executeUpdate();
        }
        auditTrail.created(AUDIT_TYPE, c.id, c.auditState());
        return c;
    }

    public DisciplineCase decide(@NotNull UUID id, @NotNull @Valid DisciplineRequests.Decide request) {
        DisciplineCase c = find(id);
        scopeGuard.requireWithin(c.scopeOrganizationId, CASE_WRITERS);
        scopeGuard.requireWithin(request.decidingOrganizationId(), CASE_WRITERS);
        if (c.decided()) {
            String detail = "Vụ việc đã được quyết định (" + c.decisionNumber + ", " + c.decisionDate
                    + "); không thể quyết định lần hai (a case cannot be decided twice)";
            throw new ProblemException(ProblemType.CONFLICT, detail, List.of(new Problem.FieldError(ALREADY_DECIDED, detail)));
        }
        c.requireVersion(request.version());
        CaseInputRules.requireConsistent(c, request);

        DisciplinePolicy policy = policies.inForceOn(request.decisionDate());
        UUID targetOrganization = c.scopeOrganizationId;
        if (c.targetKind == TargetKind.MEMBER) {
            boolean needsPosts = request.form() == DisciplineForm.REMOVAL_FROM_POST;
            MemberFacts facts = memberFacts.facts(c.targetMemberId);
            DisciplineRules.requireOnTheRoll(facts.status());
            targetOrganization = facts.organizationId();
            DisciplineRules.requireFormForTarget(TargetKind.MEMBER, request.form(), facts.probationary(),
                    needsPosts ? Optional.of(facts.holdsPost()) : Optional.empty());
        } else {
            DisciplineRules.requireFormForTarget(TargetKind.ORGANIZATION, request.form(), false, Optional.empty());
        }
        List<UUID> ancestry = hierarchy.ancestry(targetOrganization).orElse(List.of(targetOrganization));
        DisciplineRules.requireAuthority(policy, request.decidingBodyKind(), request.decidingOrganizationId(), c.targetKind,
                ancestry, request.form());
        BodyLevelRules.requireBodyAtItsLevel(policy, request.decidingBodyKind(), organizations.on(request.decidingOrganizationId(),
                request.decisionDate()).map(OrganizationPeriod::type), c.targetKind, request.form());
        DisciplineRules.requireVote(policy, request.form(), request.entitledVoters(), request.votesFor());
        StatuteRules.requireWithinStatute(policy, c.violation(), request.decisionDate());

        Map<String, Object> before = c.auditState();
        c.status = CaseStatus.DECIDED;
        c.decidedForm = request.form();
        c.decidingBodyKind = request.decidingBodyKind();
        c.decidingOrganizationId = request.decidingOrganizationId();
        c.entitledVoters = request.entitledVoters();
        c.votesFor = request.votesFor();
        c.votesAgainst = request.votesAgainst();
        c.decisionNumber = request.decisionNumber().trim();
        c.decisionDate = request.decisionDate();
        c.effectiveDate = request.effectiveDate();
        c.policyId = policy.id();
        c.decisionReceivedOn = request.receivedOn();
        c.complaintDeadline = request.receivedOn() == null ? null : request.receivedOn().plusMonths(policy.complaintWindowMonths());
        auditTrail.recorded("DECIDE", AUDIT_TYPE, c.id, AuditTrail.diff(before, c.auditState()));
        writeEffect(c);
        entityManager.flush();
        changes.upsert(c);
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DisciplineCase get(@NotNull UUID id) {
        DisciplineCase c = find(id);
        if (!mayRead(c)) {
            throw ProblemException.forbidden("Không được xem vụ việc kỷ luật này (not allowed to read this case)");
        }
        auditTrail.read(AUDIT_TYPE, c.id);
        return c;
    }

    /** Optional filters of the case list; dates are decision dates, both ends inclusive. */
    public record CaseFilter(UUID memberId, CaseStatus status, LocalDate decidedFrom, LocalDate decidedTo) {

        public static final CaseFilter NONE = new CaseFilter(null, null, null, null);
    }

    /** Cases in an organization's subtree (as it was when each case was opened), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DisciplineCase> list(@NotNull UUID organizationId, PageRequest page) {
        return list(organizationId, CaseFilter.NONE, page);
    }

    /** Cases in an organization's subtree, filtered; secretaries (and inspectors out of writing scope) see decided ones only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Page<DisciplineCase> list(@NotNull UUID organizationId, @NotNull CaseFilter filter, PageRequest page) {
        scopeGuard.requireWithin(organizationId, Set.of(Roles.INSPECTOR, Roles.ORG_SECRETARY));
        Caller caller = callerContext.caller();
        boolean decidedOnly = !caller.isBlocAdmin() && !(caller.hasRole(Roles.INSPECTOR)
                && scopeGuard.permits(organizationId, CASE_WRITERS));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("org", organizationId);
        StringBuilder where = new StringBuilder(
                " from discipline_case c join discipline_case_scope s on s.case_id = c.id where s.organization_id = :org");
        if (decidedOnly) {
            where.append(" and c.status = 'DECIDED'");
        }
        if (filter.memberId() != null) {
            where.append(" and c.target_member_id = :member");
            parameters.put("member", filter.memberId());
        }
        if (filter.status() != null) {
            where.append(" and c.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.decidedFrom() != null) {
            where.append(" and c.decision_date >= :decidedFrom");
            parameters.put("decidedFrom", filter.decidedFrom());
        }
        if (filter.decidedTo() != null) {
            where.append(" and c.decision_date <= :decidedTo");
            parameters.put("decidedTo", filter.decidedTo());
        }
        var items = entityManager.createNativeQuery("select c.*" + where + " order by c.created_at desc, c.id", DisciplineCase.class);
        var count = entityManager.createNativeQuery("select count(*)" + where);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<DisciplineCase> page1 = items.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        return Page.of(page1, page, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * Every case about one member, wherever it was recorded (the dossier follows the member): the member themselves
     * (decided cases only), or staff whose scope holds the member's current organization (secretaries and
     * inspectors outside their writing scope: decided cases only). Without a member role the member's current
     * organization comes from membership with the caller's token, so membership's own read rules apply too.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DisciplineCase> aboutMember(@NotNull CaseFilter filter, PageRequest page) {
        Caller caller = callerContext.caller();
        UUID memberId = filter.memberId();
        boolean decidedOnly;
        if (caller.isBlocAdmin()) {
            decidedOnly = false;
        } else if (caller.memberId().map(memberId::equals).orElse(false)) {
            decidedOnly = true;
        } else if (caller.hasRole(Roles.INSPECTOR) || caller.hasRole(Roles.ORG_SECRETARY)) {
            // 403 without naming the member's organization when it is outside the caller's scope
            UUID organizationId = memberScope.requireWithin(memberId, Set.of(Roles.INSPECTOR, Roles.ORG_SECRETARY));
            decidedOnly = !(caller.hasRole(Roles.INSPECTOR) && scopeGuard.permits(organizationId, CASE_WRITERS));
        } else {
            throw ProblemException.forbidden("Chỉ xem được kỷ luật của chính mình (only your own cases)");
        }
        StringBuilder query = new StringBuilder("targetMemberId = :member");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("member", memberId);
        if (decidedOnly) {
            query.append(" and status = :decided");
            parameters.put("decided", CaseStatus.DECIDED);
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.decidedFrom() != null) {
            query.append(" and decisionDate >= :decidedFrom");
            parameters.put("decidedFrom", filter.decidedFrom());
        }
        if (filter.decidedTo() != null) {
            query.append(" and decisionDate <= :decidedTo");
            parameters.put("decidedTo", filter.decidedTo());
        }
        var found = DisciplineCase.<DisciplineCase>find(query + " order by createdAt desc, id", parameters);
        return Page.of(found.page(page.page, page.size).list(), page, found.count());
    }

    /**
     * Decided cases (members and organizations) of an organization's subtree whose decision date falls in
     * {@code year}, newest first, annulled ones included (the view marks them). bloc-admin reads the whole
     * bloc; inspectors and secretaries their subtree; a member only decisions about themselves. No service token
     * reads here: other services call with the user's token.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Page<DisciplineCase> decisions(@NotNull UUID organizationId, int year, UUID memberId, PageRequest page) {
        Caller caller = callerContext.caller();
        UUID onlyMember = memberId;
        if (caller.isBlocAdmin()) {
            // the whole bloc
        } else if ((caller.hasRole(Roles.INSPECTOR) || caller.hasRole(Roles.ORG_SECRETARY))
                && scopeGuard.permits(organizationId, Set.of(Roles.INSPECTOR, Roles.ORG_SECRETARY))) {
            // their subtree; the decisions are decided by definition, which is what secretaries may read
        } else if (caller.hasRole(Roles.MEMBER)) {
            UUID own = caller.memberId().orElseThrow(() -> ProblemException.forbidden(
                    "Token không có member_id (no member_id claim)"));
            if (memberId != null && !memberId.equals(own)) {
                throw ProblemException.forbidden("Đảng viên chỉ xem quyết định kỷ luật của chính mình (members see their own decisions only)");
            }
            onlyMember = own;
        } else {
            scopeGuard.requireWithin(organizationId, Set.of(Roles.INSPECTOR, Roles.ORG_SECRETARY));
        }
        String where = " from discipline_case c join discipline_case_scope s on s.case_id = c.id"
                + " where s.organization_id = :org and c.status = 'DECIDED'"
                + " and c.decision_date >= :from and c.decision_date <= :to"
                + (onlyMember != null ? " and c.target_member_id = :member" : "");
        var items = entityManager.createNativeQuery("select c.*" + where + " order by c.decision_date desc, c.id",
                DisciplineCase.class);
        var count = entityManager.createNativeQuery("select count(*)" + where);
        for (var query : List.of(items, count)) {
            query.setParameter("org", organizationId)
                    .setParameter("from", LocalDate.of(year, 1, 1))
                    .setParameter("to", LocalDate.of(year, 12, 31));
            if (onlyMember != null) {
                query.setParameter("member", onlyMember);
            }
        }
        List<DisciplineCase> found = items.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        return Page.of(found, page, ((Number) count.getSingleResult()).longValue());
    }

    /** Decisions about the calling member (member_id claim). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DisciplineCase> mine(PageRequest page) {
        UUID memberId = callerContext.caller().memberId().orElseThrow(() -> ProblemException.forbidden(
                "Token không có member_id (no member_id claim)"));
        var query = DisciplineCase.<DisciplineCase>find("targetMemberId = ?1 and status = ?2 order by decisionDate desc, id",
                memberId, CaseStatus.DECIDED);
        return Page.of(query.page(page.page, page.size).list(), page, query.count());
    }

    private boolean mayRead(DisciplineCase c) {
        Caller caller = callerContext.caller();
        if (caller.isBlocAdmin()) {
            return true;
        }
        if (caller.hasRole(Roles.INSPECTOR) && scopeGuard.permits(c.scopeOrganizationId, CASE_WRITERS)) {
            return true;
        }
        if (!c.decided()) {
            return false;
        }
        if (caller.hasRole(Roles.ORG_SECRETARY) && scopeGuard.permits(c.scopeOrganizationId, Set.of(Roles.ORG_SECRETARY))) {
            return true;
        }
        return caller.hasRole(Roles.MEMBER) && c.targetMemberId != null
                && caller.memberId().map(c.targetMemberId::equals).orElse(false);
    }

    private void writeEffect(DisciplineCase c) {
        Effects.ofDecision(c).ifPresent(effect -> outbox.record(AUDIT_TYPE, c.id, effect, c.targetMemberId,
                c.scopeOrganizationId, c.effectiveDate));
    }

    private static DisciplineCase find(UUID id) {
        return DisciplineCase.<DisciplineCase>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Vụ việc kỷ luật", id));
    }

    private static List<UUID> prepend(UUID first, List<UUID> rest) {
        java.util.ArrayList<UUID> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
