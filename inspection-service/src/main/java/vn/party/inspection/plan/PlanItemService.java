package vn.party.inspection.plan;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import vn.party.common.problem.ProblemException;
import vn.party.common.security.OrganizationHierarchy;
import vn.party.common.security.ScopeGuard;
import vn.party.inspection.discipline.member.MemberScope;
import vn.party.inspection.plan.rest.PlanItemRequests;
import vn.party.inspection.plan.rest.PlanItemViews;

/** Items of an annual programme and their progress; who may write or read follows the programme. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PlanItemService {

    static final String AUDIT_TYPE = "inspection-plan-item";
    public static final String TARGET_OUTSIDE = "plan-item.target-outside-subtree";
    public static final String STEP_ORDER = "plan-item.step-order";
    public static final String CLOSED = "plan-item.closed";
    public static final String MEMBER_OUTSIDE = "plan-item.member-outside-target";

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    OrganizationHierarchy hierarchy;

    @Inject
    AuditTrail auditTrail;

    @Inject
    EntityManager entityManager;

    @Inject
    MemberScope memberScope;

    public record Located(PlanItem item, InspectionPlan plan) {
    }

    public Located add(@NotNull UUID planId, @NotNull @Valid PlanItemRequests.Add request) {
        InspectionPlan plan = findPlan(planId);
        scopeGuard.requireWithin(plan.inspectingOrganizationId, PlanService.PLAN_WRITERS);
        List<UUID> ancestry = hierarchy.ancestry(request.targetOrganizationId()).orElseThrow(() ->
                ProblemException.invalidField("targetOrganizationId", "tổ chức không tồn tại (unknown organization)"));
        if (!ancestry.contains(plan.inspectingOrganizationId)) {
            throw ProblemException.ruleViolated(TARGET_OUTSIDE, "Đối tượng kiểm tra, giám sát phải thuộc tổ chức "
                    + plan.inspectingOrganizationId + " hoặc cấp dưới (the target is outside the inspecting body's subtree)");
        }
        if (request.targetMemberId() != null) {
            // a member id is bound too: in the caller's scope first (403, nothing said about them), then in the target
            UUID memberOrganization = memberScope.requireWithin(request.targetMemberId(), PlanService.PLAN_WRITERS);
            if (!memberScope.inSubtree(memberOrganization, request.targetOrganizationId())) {
                throw ProblemException.ruleViolated(MEMBER_OUTSIDE, "Đảng viên phải thuộc tổ chức được kiểm tra, giám sát"
                        + " (the target member must belong to the target organization)");
            }
        }
        PlanItem item = new PlanItem();
        item.id = UUID.randomUUID();
        item.planId = plan.id;
        item.kind = request.kind();
        item.subject = request.subject().trim();
        item.targetOrganizationId = request.targetOrganizationId();
        item.targetMemberId = request.targetMemberId();
        item.plannedMonth = request.plannedMonth();
        item.step = PlanItemStep.PLANNED;
        item.persist();
        auditTrail.created(AUDIT_TYPE, item.id, item.auditState());
        return new Located(item, plan);
    }

    public Located progress(@NotNull UUID planId, @NotNull UUID itemId, @NotNull @Valid PlanItemRequests.Progress request) {
        InspectionPlan plan = findPlan(planId);
        scopeGuard.requireWithin(plan.inspectingOrganizationId, PlanService.PLAN_WRITERS);
        PlanItem item = findItem(plan, itemId);
        item.requireVersion(request.version());
        if (item.step == PlanItemStep.CANCELLED || item.step == PlanItemStep.CONCLUSION_NOTIFIED) {
            throw ProblemException.ruleViolated(CLOSED, "Nội dung này đã " + (item.step == PlanItemStep.CANCELLED
                    ? "hủy" : "thông báo kết luận") + " (the item is closed: " + item.step + ")");
        }
        if (request.step().ordinal() <= item.step.ordinal()) {
            throw ProblemException.ruleViolated(STEP_ORDER, "Tiến độ chỉ đi tới: đang ở " + item.step + ", không thể chuyển sang "
                    + request.step() + " (progress only moves forward)");
        }
        if (request.step() == PlanItemStep.CANCELLED && (request.cancelReason() == null || request.cancelReason().isBlank())) {
            throw ProblemException.invalidField("cancelReason", "bắt buộc khi hủy (required to cancel)");
        }
        if (request.step() != PlanItemStep.CANCELLED && request.cancelReason() != null) {
            throw ProblemException.invalidField("cancelReason", "chỉ dùng khi hủy (only when cancelling)");
        }
        if (item.stepDate != null && request.date().isBefore(item.stepDate)) {
            throw ProblemException.invalidField("date", "không được trước ngày của bước trước (" + item.stepDate
                    + ") (must not precede the previous step)");
        }
        Map<String, Object> before = item.auditState();
        item.step = request.step();
        item.stepDate = request.date();
        if (item.step.concluded() && item.concludedOn == null) {
            item.concludedOn = request.date();
        }
        if (item.step == PlanItemStep.CANCELLED) {
            item.cancelReason = request.cancelReason().trim();
        }
        auditTrail.updated(AUDIT_TYPE, item.id, before, item.auditState());
        entityManager.flush();
        return new Located(item, plan);
    }

    /**
     * Follows a linked inspection: moves the item forward to {@code step} reached on {@code date}. A step the item
     * has already reached (or passed, by hand through {@link #progress}) changes nothing; a cancelled item stays so.
     * The caller (InspectionService) has checked the inspection's scope.
     */
    public void followInspection(@NotNull UUID itemId, @NotNull PlanItemStep step, @NotNull LocalDate date) {
        PlanItem item = PlanItem.<PlanItem>findByIdOptional(itemId)
                .orElseThrow(() -> ProblemException.notFound("Nội dung kiểm tra", itemId));
        if (item.step == PlanItemStep.CANCELLED || step.ordinal() <= item.step.ordinal()) {
            return;
        }
        Map<String, Object> before = item.auditState();
        item.step = step;
        item.stepDate = item.stepDate == null || date.isAfter(item.stepDate) ? date : item.stepDate;
        if (item.step.concluded() && item.concludedOn == null) {
            item.concludedOn = item.stepDate;
        }
        auditTrail.updated(AUDIT_TYPE, item.id, before, item.auditState());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanItem> list(@NotNull UUID planId, PageRequest page) {
        InspectionPlan plan = findPlan(planId);
        scopeGuard.requireWithin(plan.inspectingOrganizationId, PlanService.PLAN_READERS);
        var query = PlanItem.<PlanItem>find("planId", Sort.by("plannedMonth").and("subject").and("id"), planId);
        return Page.of(query.page(page.page, page.size).list(), page, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InspectionPlan plan(@NotNull UUID planId) {
        return findPlan(planId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanItemViews.ProgressView summary(@NotNull UUID planId, LocalDate today) {
        InspectionPlan plan = findPlan(planId);
        scopeGuard.requireWithin(plan.inspectingOrganizationId, PlanService.PLAN_READERS);
        List<PlanItem> items = PlanItem.<PlanItem>list("planId", planId);
        Map<PlanItemStep, Long> byStep = new EnumMap<>(PlanItemStep.class);
        for (PlanItemStep step : PlanItemStep.values()) {
            byStep.put(step, 0L);
        }
        items.forEach(i -> byStep.merge(i.step, 1L, Long::sum));
        long concluded = items.stream().filter(i -> i.step.concluded()).count();
        long cancelled = byStep.get(PlanItemStep.CANCELLED);
        long inProgress = items.stream().filter(i -> i.step.started() && !i.step.concluded()).count();
        long overdue = items.stream().filter(i -> PlanItemViews.isOverdue(i, plan.year, today)).count();
        long organizations = items.stream().filter(i -> i.step.concluded()).map(i -> i.targetOrganizationId).distinct().count();
        long counted = items.size() - cancelled;
        int percent = counted == 0 ? 0 : (int) (concluded * 100 / counted);
        return new PlanItemViews.ProgressView(plan.id, plan.year, items.size(), byStep.get(PlanItemStep.PLANNED), inProgress,
                concluded, cancelled, overdue, organizations, percent, byStep);
    }

    private static InspectionPlan findPlan(UUID id) {
        return InspectionPlan.<InspectionPlan>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Chương trình kiểm tra", id));
    }

    private static PlanItem findItem(InspectionPlan plan, UUID itemId) {
        return PlanItem.<PlanItem>findByIdOptional(itemId).filter(i -> i.planId.equals(plan.id))
                .orElseThrow(() -> ProblemException.notFound("Nội dung kiểm tra", itemId));
    }
}
