package vn.party.inspection.discipline;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.Caller;
import vn.party.common.security.CallerContext;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;
import vn.party.contracts.effects.MemberSuspensionEnds;
import vn.party.inspection.discipline.member.MemberFacts;
import vn.party.inspection.discipline.member.MemberScope;
import vn.party.inspection.discipline.outbox.Effects;
import vn.party.inspection.discipline.outbox.Outbox;
import vn.party.inspection.discipline.policy.DisciplinePolicy;
import vn.party.inspection.discipline.policy.PolicyRepository;
import vn.party.inspection.discipline.rest.DisciplineRequests;
import vn.party.inspection.discipline.rules.DisciplineRules;

/**
 * Suspension of party activity: at most the policy's initial days, extensions up to its total, both checked
 * against the policy in force on the start date. The status change in membership is an outbox effect.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class SuspensionService {

    static final String AUDIT_TYPE = "suspension";
    static final Set<String> WRITERS = Set.of(Roles.INSPECTOR);

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    CallerContext callerContext;

    @Inject
    AuditTrail auditTrail;

    @Inject
    EntityManager entityManager;

    @Inject
    PolicyRepository policies;

    @Inject
    MemberScope memberScope;

    @Inject
    Outbox outbox;

    public Suspension suspend(@NotNull @Valid DisciplineRequests.Suspend request) {
        MemberFacts facts = memberScope.facts(request.memberId(), WRITERS);
        if (request.caseId() != null) {
            // one answer for "no such case" and "a case about someone else": a case id says nothing about other cases
            DisciplineCase.<DisciplineCase>findByIdOptional(request.caseId())
                    .filter(c -> request.memberId().equals(c.targetMemberId))
                    .orElseThrow(() -> ProblemException.invalidField("caseId",
                            "không có vụ việc này về đảng viên này (no such case about this member)"));
        }
        DisciplinePolicy policy = policies.inForceOn(request.startDate());
        DisciplineRules.requireInitialSuspension(policy, request.days());

        Suspension s = new Suspension();
        s.id = UUID.randomUUID();
        s.memberId = request.memberId();
        s.scopeOrganizationId = facts.organizationId();
        s.caseId = request.caseId();
        s.reason = request.reason().trim();
        s.decisionNumber = request.decisionNumber().trim();
        s.startDate = request.startDate();
        s.initialDays = request.days();
        s.totalDays = request.days();
        s.endDate = s.startDate.plusDays(s.totalDays);
        s.policyId = policy.id();
        s.persist();
        auditTrail.created(AUDIT_TYPE, s.id, s.auditState());
        outbox.record(AUDIT_TYPE, s.id, Effects.suspensionStarts(s), s.memberId, s.scopeOrganizationId, s.startDate);
        outbox.record(AUDIT_TYPE, s.id, Effects.suspensionEnds(s, null), s.memberId, s.scopeOrganizationId, s.endDate);
        entityManager.flush();
        return s;
    }

    /** Extends the period; the new end effect supersedes the earlier undelivered one, which is then never sent. */
    public Suspension extend(@NotNull UUID id, @NotNull @Valid DisciplineRequests.Extend request) {
        Suspension s = find(id);
        scopeGuard.requireWithin(s.scopeOrganizationId, WRITERS);
        s.requireVersion(request.version());
        DisciplinePolicy policy = policies.inForceOn(s.startDate);
        DisciplineRules.requireExtension(policy, s.totalDays, request.additionalDays());
        Map<String, Object> before = s.auditState();
        s.totalDays += request.additionalDays();
        s.endDate = s.startDate.plusDays(s.totalDays);
        Map<String, Object> after = s.auditState();
        after.put("extensionDecisionNumber", request.decisionNumber().trim());
        auditTrail.recorded("EXTEND", AUDIT_TYPE, s.id, AuditTrail.diff(before, after));
        UUID end = outbox.record(AUDIT_TYPE, s.id, Effects.suspensionEnds(s, request.decisionNumber().trim()), s.memberId,
                s.scopeOrganizationId, s.endDate);
        outbox.supersedePending(s.id, MemberSuspensionEnds.class, end);
        entityManager.flush();
        return s;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Suspension get(@NotNull UUID id) {
        Suspension s = find(id);
        Caller caller = callerContext.caller();
        boolean allowed = caller.isBlocAdmin()
                || ((caller.hasRole(Roles.INSPECTOR) || caller.hasRole(Roles.ORG_SECRETARY))
                        && scopeGuard.permits(s.scopeOrganizationId, Set.of(Roles.INSPECTOR, Roles.ORG_SECRETARY)))
                || (caller.hasRole(Roles.MEMBER) && caller.memberId().map(s.memberId::equals).orElse(false));
        if (!allowed) {
            throw ProblemException.forbidden("Không được xem quyết định đình chỉ này (not allowed to read this suspension)");
        }
        auditTrail.read(AUDIT_TYPE, s.id);
        return s;
    }

    private static Suspension find(UUID id) {
        return Suspension.<Suspension>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Quyết định đình chỉ sinh hoạt", id));
    }
}
