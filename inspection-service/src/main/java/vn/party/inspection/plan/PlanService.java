package vn.party.inspection.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.panache.common.Sort;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;
import vn.party.inspection.plan.rest.PlanRequests;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PlanService {

    static final String AUDIT_TYPE = "inspection-plan";
    /** Inspectors and committee secretaries draw up programmes for bodies inside their own subtree. */
    static final Set<String> PLAN_WRITERS = Set.of(Roles.INSPECTOR, Roles.ORG_SECRETARY);
    static final Set<String> PLAN_READERS = Set.of(Roles.INSPECTOR, Roles.ORG_SECRETARY, Roles.INTEGRATION);

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    AuditTrail auditTrail;

    @Inject
    EntityManager entityManager;

    public InspectionPlan create(@NotNull @Valid PlanRequests.Create request) {
        scopeGuard.requireWithin(request.inspectingOrganizationId(), PLAN_WRITERS);
        if (InspectionPlan.count("inspectingOrganizationId = ?1 and inspectingBody = ?2 and year = ?3",
                request.inspectingOrganizationId(), request.inspectingBody(), request.year()) > 0) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Đã có chương trình kiểm tra, giám sát năm " + request.year() + " của cơ quan này"
                            + " (a plan for this body and year already exists)",
                    List.of(new Problem.FieldError("year", "đã có chương trình (already planned)")));
        }
        InspectionPlan plan = new InspectionPlan();
        plan.id = UUID.randomUUID();
        plan.inspectingOrganizationId = request.inspectingOrganizationId();
        plan.inspectingBody = request.inspectingBody();
        plan.year = request.year();
        plan.title = request.title().trim();
        plan.persist();
        auditTrail.created(AUDIT_TYPE, plan.id, plan.auditState());
        return plan;
    }

    public InspectionPlan update(@NotNull UUID id, @NotNull @Valid PlanRequests.Update request) {
        InspectionPlan plan = find(id);
        scopeGuard.requireWithin(plan.inspectingOrganizationId, PLAN_WRITERS);
        plan.requireVersion(request.version());
        Map<String, Object> before = plan.auditState();
        plan.title = request.title().trim();
        if (!AuditTrail.diff(before, plan.auditState()).isEmpty()) {
            auditTrail.updated(AUDIT_TYPE, id, before, plan.auditState());
            entityManager.flush();
        }
        return plan;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InspectionPlan get(@NotNull UUID id) {
        InspectionPlan plan = find(id);
        scopeGuard.requireWithin(plan.inspectingOrganizationId, PLAN_READERS);
        return plan;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InspectionPlan> list(@NotNull UUID organizationId, Integer year, PageRequest page) {
        scopeGuard.requireWithin(organizationId, PLAN_READERS);
        var query = year == null
                ? InspectionPlan.<InspectionPlan>find("inspectingOrganizationId", Sort.descending("year").and("inspectingBody"),
                        organizationId)
                : InspectionPlan.<InspectionPlan>find("inspectingOrganizationId = ?1 and year = ?2",
                        Sort.by("inspectingBody"), organizationId, year);
        return Page.of(query.page(page.page, page.size).list(), page, query.count());
    }

    private static InspectionPlan find(UUID id) {
        return InspectionPlan.<InspectionPlan>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Chương trình kiểm tra", id));
    }
}
