package vn.party.inspection.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
import vn.party.inspection.discipline.DisciplineCase;
import vn.party.inspection.discipline.DisciplineService;
import vn.party.inspection.discipline.TargetKind;
import vn.party.inspection.discipline.member.MemberScope;
import vn.party.inspection.discipline.rest.DisciplineRequests;
import vn.party.inspection.inspection.rest.InspectionRequests;
import vn.party.inspection.inspection.rest.InspectionViews;
import vn.party.inspection.plan.InspectingBody;
import vn.party.inspection.plan.InspectionPlan;
import vn.party.inspection.plan.PlanItem;
import vn.party.inspection.plan.PlanItemService;
import vn.party.inspection.plan.PlanItemStep;

/**
 * Inspections. Inspectors write them within their committee's subtree (the inspecting organization must be in their
 * scope) and read those whose target lies in it; bloc-admin everything. A secretary reads inspections about their
 * subtree only once the conclusion was notified (before that the inspection does not exist for them: 404, absent
 * from lists); a member reads only notified conclusions about themselves ({@link #mine}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class InspectionService {

    public static final String AUDIT_TYPE = "inspection";
    static final Set<String> INSPECTORS = Set.of(Roles.INSPECTOR);
    static final Set<String> SECRETARIES = Set.of(Roles.ORG_SECRETARY);
    static final Set<String> LIST_READERS = Set.of(Roles.INSPECTOR, Roles.ORG_SECRETARY);

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
    MemberScope memberScope;

    @Inject
    PlanItemService planItems;

    @Inject
    DisciplineService disciplineService;

    /** List filters; all optional. {@code year} is the year of the decision step. */
    public record Filter(Integer year, InspectionKind kind, InspectionStatus status, UUID targetMemberId) {
    }

    public Inspection open(@NotNull @Valid InspectionRequests.Open request) {
        scopeGuard.requireWithin(request.inspectingOrganizationId(), INSPECTORS);
        UUID organizationId;
        if (request.targetKind() == TargetKind.MEMBER) {
            if (request.targetMemberId() == null) {
                throw ProblemException.invalidField("targetMemberId", "bắt buộc với đối tượng là đảng viên (required for a member)");
            }
            if (request.targetOrganizationId() != null) {
                throw ProblemException.invalidField("targetOrganizationId",
                        "không dùng cho đảng viên: tổ chức của đảng viên lấy từ hồ sơ (members carry their own organization)");
            }
            organizationId = memberScope.requireWithin(request.targetMemberId(), INSPECTORS);
        } else {
            if (request.targetOrganizationId() == null) {
                throw ProblemException.invalidField("targetOrganizationId", "bắt buộc với đối tượng là tổ chức (required for an organization)");
            }
            if (request.targetMemberId() != null) {
                throw ProblemException.invalidField("targetMemberId", "chỉ dùng cho đối tượng là đảng viên (members only)");
            }
            organizationId = request.targetOrganizationId();
        }
        if (request.planItemId() != null) {
            requireLinkable(request, organizationId);
        }
        return create(request.kind(), request.inspectingOrganizationId(), request.inspectingBody(), request.targetKind(),
                organizationId, request.targetMemberId(), request.planItemId(), null, request.subject(), request.content(),
                request.targetKind() == TargetKind.MEMBER ? "targetMemberId" : "targetOrganizationId");
    }

    /** An inspection on signs of violation escalated from a supervision finding (called by SupervisionService). */
    public Inspection openFromFinding(@NotNull UUID findingId, @NotNull UUID inspectingOrganizationId,
            @NotNull InspectingBody inspectingBody, @NotNull TargetKind targetKind, @NotNull UUID targetOrganizationId,
            UUID targetMemberId, @NotNull String subject, @NotNull String content) {
        scopeGuard.requireWithin(inspectingOrganizationId, INSPECTORS);
        return create(InspectionKind.SIGNS_OF_VIOLATION, inspectingOrganizationId, inspectingBody, targetKind,
                targetOrganizationId, targetMemberId, null, findingId, subject, content, "targetOrganizationId");
    }

    private Inspection create(InspectionKind kind, UUID inspectingOrganizationId, InspectingBody body, TargetKind targetKind,
            UUID organizationId, UUID memberId, UUID planItemId, UUID originFindingId, String subject, String content,
            String targetField) {
        List<UUID> ancestry = hierarchy.ancestry(organizationId).orElseThrow(() -> ProblemException.invalidField(
                targetField, "tổ chức " + organizationId + " không tồn tại (unknown organization)"));
        if (!ancestry.contains(inspectingOrganizationId)) {
            throw ProblemException.ruleViolated(InspectionRules.TARGET_OUTSIDE, "Đối tượng kiểm tra phải thuộc tổ chức "
                    + inspectingOrganizationId + " hoặc cấp dưới (the target is outside the inspecting body's subtree)");
        }
        Inspection i = new Inspection();
        i.id = UUID.randomUUID();
        i.kind = kind;
        i.inspectingOrganizationId = inspectingOrganizationId;
        i.inspectingBody = body;
        i.targetKind = targetKind;
        i.targetOrganizationId = organizationId;
        i.targetMemberId = memberId;
        i.planItemId = planItemId;
        i.originFindingId = originFindingId;
        i.subject = subject.trim();
        i.content = content.trim();
        i.status = InspectionStatus.PREPARING;
        i.persist();
        entityManager.flush();
        for (UUID scope : ancestry.contains(organizationId) ? ancestry : prepend(organizationId, ancestry)) {
            entityManager.createNativeQuery("insert into inspection_scope (inspection_id, organization_id) values (:i, :o)")
                    .setParameter("i", i.id).setParameter("o", scope).executeUpdate();
        }
        auditTrail.created(AUDIT_TYPE, i.id, i.auditState());
        return i;
    }

    private void requireLinkable(InspectionRequests.Open request, UUID organizationId) {
        PlanItem item = PlanItem.<PlanItem>findByIdOptional(request.planItemId()).orElseThrow(() ->
                ProblemException.invalidField("planItemId", "nội dung chương trình không tồn tại (unknown plan item)"));
        InspectionPlan plan = InspectionPlan.findById(item.planId);
        String problem = null;
        if (!plan.inspectingOrganizationId.equals(request.inspectingOrganizationId()) || plan.inspectingBody != request.inspectingBody()) {
            problem = "thuộc chương trình của cơ quan kiểm tra khác (belongs to another inspecting body's programme)";
        } else if (!request.kind().plannedBy(item.kind)) {
            problem = "là " + item.kind + ", không phải kiểm tra loại " + request.kind() + " (the item plans another kind)";
        } else if (!item.targetOrganizationId.equals(organizationId) || !Objects.equals(item.targetMemberId, request.targetMemberId())) {
            problem = "có đối tượng khác (the item plans another target)";
        } else if (item.step == PlanItemStep.CANCELLED) {
            problem = "đã hủy (the item was cancelled)";
        } else if (Inspection.count("planItemId", item.id) > 0) {
            problem = "đã gắn với một cuộc kiểm tra khác (already linked to another inspection)";
        }
        if (problem != null) {
            throw ProblemException.ruleViolated(InspectionRules.PLAN_ITEM, "Nội dung chương trình " + item.id + " " + problem);
        }
    }

    public Inspection recordStep(@NotNull UUID id, @NotNull @Valid InspectionRequests.RecordStep request) {
        Inspection i = find(id);
        scopeGuard.requireWithin(i.inspectingOrganizationId, INSPECTORS);
        i.requireVersion(request.version());
        InspectionRules.requireNextStep(i.lastStep, request.step());
        InspectionRules.requireNotBefore(i.lastStepDate, request.date());
        InspectionRules.requireDocumentNumber(request.step(), request.documentNumber());
        InspectionRules.requireOutcomeOnConclusionOnly(request.step(), request.outcome());

        Map<String, Object> before = i.auditState();
        StepRecord step = new StepRecord();
        step.id = UUID.randomUUID();
        step.inspectionId = i.id;
        step.step = request.step();
        step.date = request.date();
        step.documentNumber = blankToNull(request.documentNumber());
        step.note = blankToNull(request.note());
        step.recordedBy = callerContext.caller().name();
        step.recordedAt = clock.now();
        step.persist();
        List<InspectionRequests.AttachmentMeta> attachments = request.attachments() == null ? List.of() : request.attachments();
        for (int n = 0; n < attachments.size(); n++) {
            InspectionRequests.AttachmentMeta meta = attachments.get(n);
            Attachment a = new Attachment();
            a.id = UUID.randomUUID();
            a.stepId = step.id;
            a.position = n;
            a.name = meta.name().trim();
            a.mediaType = meta.mediaType().trim().toLowerCase();
            a.sizeBytes = meta.sizeBytes();
            a.storageRef = meta.storageRef().trim();
            a.persist();
        }
        i.lastStep = request.step();
        i.lastStepDate = request.date();
        i.status = InspectionStatus.after(request.step());
        if (request.step() == InspectionStep.DECISION) {
            i.decisionDate = request.date();
        }
        if (request.step() == InspectionStep.CONCLUSION) {
            i.outcome = request.outcome();
        }
        Map<String, Object> after = i.auditState();
        after.put("step." + step.step + ".documentNumber", step.documentNumber);
        after.put("step." + step.step + ".attachments", attachments.stream().map(InspectionRequests.AttachmentMeta::name).toList());
        auditTrail.recorded("STEP", AUDIT_TYPE, i.id, AuditTrail.diff(before, after));
        if (i.planItemId != null) {
            planItems.followInspection(i.planItemId, request.step().planItemStep(), request.date());
        }
        entityManager.flush();
        return i;
    }

    public Inspection addFinding(@NotNull UUID id, @NotNull @Valid InspectionRequests.AddFinding request) {
        Inspection i = find(id);
        scopeGuard.requireWithin(i.inspectingOrganizationId, INSPECTORS);
        i.requireVersion(request.version());
        InspectionRules.requireOpen(i.status);
        Finding f = new Finding();
        f.id = UUID.randomUUID();
        f.inspectionId = i.id;
        f.text = request.text().trim();
        f.severity = request.severity();
        f.recordedBy = callerContext.caller().name();
        f.recordedAt = clock.now();
        f.persist();
        i.touch();
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        changes.put("finding.id", new AuditTrail.Change(null, f.id));
        changes.put("finding.text", new AuditTrail.Change(null, f.text));
        changes.put("finding.severity", new AuditTrail.Change(null, f.severity));
        auditTrail.recorded("FINDING", AUDIT_TYPE, i.id, changes);
        entityManager.flush();
        return i;
    }

    /**
     * Opens a discipline case through {@link DisciplineService#create} in this transaction and links it to the
     * inspection; refused (422) unless the conclusion found a violation.
     */
    public DisciplineCase openDisciplineCase(@NotNull UUID id, @NotNull @Valid InspectionRequests.OpenCase request) {
        Inspection i = find(id);
        scopeGuard.requireWithin(i.inspectingOrganizationId, INSPECTORS);
        i.requireVersion(request.version());
        InspectionRules.requireViolationFound(i.outcome);
        DisciplineRequests.CreateCase create;
        if (i.targetKind == TargetKind.MEMBER) {
            if (request.targetMemberId() != null && !request.targetMemberId().equals(i.targetMemberId)) {
                throw ProblemException.invalidField("targetMemberId",
                        "phải là đảng viên được kiểm tra hoặc bỏ trống (must be the inspected member, or omitted)");
            }
            create = DisciplineRequests.CreateCase.fromInspection(TargetKind.MEMBER, i.targetMemberId, null,
                    request.violationDescription(), request.violationDate(), request.proposedForm(), i.decisionDate);
        } else if (request.targetMemberId() != null) {
            // in the caller's scope first (403, nothing said about them), then in the inspected organization
            UUID memberOrganization = memberScope.requireWithin(request.targetMemberId(), INSPECTORS);
            if (!memberScope.inSubtree(memberOrganization, i.targetOrganizationId)) {
                throw ProblemException.ruleViolated(InspectionRules.TARGET_OUTSIDE, "Đảng viên " + request.targetMemberId()
                        + " không thuộc tổ chức được kiểm tra (the member is not in the inspected organization)");
            }
            create = DisciplineRequests.CreateCase.fromInspection(TargetKind.MEMBER, request.targetMemberId(), null,
                    request.violationDescription(), request.violationDate(), request.proposedForm(), i.decisionDate);
        } else {
            create = DisciplineRequests.CreateCase.fromInspection(TargetKind.ORGANIZATION, null, i.targetOrganizationId,
                    request.violationDescription(), request.violationDate(), request.proposedForm(), i.decisionDate);
        }
        DisciplineCase c = disciplineService.create(create);
        entityManager.createNativeQuery(
                        "insert into inspection_discipline_case (case_id, inspection_id, created_at) values (:c, :i, :t)")
                .setParameter("c", c.id).setParameter("i", i.id).setParameter("t", clock.now()).executeUpdate();
        i.touch();
        auditTrail.recorded("OPEN_DISCIPLINE_CASE", AUDIT_TYPE, i.id,
                Map.of("disciplineCaseId", new AuditTrail.Change(null, c.id)));
        entityManager.flush();
        return c;
    }

    /** One inspection as the caller may see it; a secretary gets 404 until the conclusion is notified. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InspectionViews.Detail get(@NotNull UUID id) {
        Inspection i = find(id);
        Caller caller = callerContext.caller();
        boolean full = caller.isBlocAdmin() || (caller.hasRole(Roles.INSPECTOR) && scopeGuard.permits(i.targetOrganizationId, INSPECTORS));
        if (!full) {
            boolean secretary = caller.hasRole(Roles.ORG_SECRETARY) && scopeGuard.permits(i.targetOrganizationId, SECRETARIES);
            if (!secretary) {
                throw ProblemException.forbidden("Không được xem cuộc kiểm tra này (not allowed to read this inspection)");
            }
            if (!i.notified()) {
                throw ProblemException.notFound("Cuộc kiểm tra", id);
            }
        }
        auditTrail.read(AUDIT_TYPE, i.id);
        return detail(i);
    }

    /** Inspections about an organization's subtree (as placed when opened), newest decision first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Page<Inspection> list(@NotNull UUID organizationId, Filter filter, PageRequest page) {
        scopeGuard.requireWithin(organizationId, LIST_READERS);
        Caller caller = callerContext.caller();
        boolean notifiedOnly = !caller.isBlocAdmin() && !(caller.hasRole(Roles.INSPECTOR) && scopeGuard.permits(organizationId, INSPECTORS));
        StringBuilder where = new StringBuilder(
                " from inspection i join inspection_scope s on s.inspection_id = i.id where s.organization_id = :org");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("org", organizationId);
        if (notifiedOnly) {
            where.append(" and i.status = 'NOTIFIED'");
        }
        if (filter.year() != null) {
            where.append(" and i.decision_date >= :from and i.decision_date < :to");
            params.put("from", LocalDate.of(filter.year(), 1, 1));
            params.put("to", LocalDate.of(filter.year() + 1, 1, 1));
        }
        if (filter.kind() != null) {
            where.append(" and i.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            where.append(" and i.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.targetMemberId() != null) {
            where.append(" and i.target_member_id = :member");
            params.put("member", filter.targetMemberId());
        }
        Query select = entityManager.createNativeQuery("select i.*" + where
                + " order by i.decision_date desc nulls first, i.created_at desc, i.id", Inspection.class);
        Query count = entityManager.createNativeQuery("select count(*)" + where);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Inspection> items = select.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        return Page.of(items, page, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * Inspections of one member (the dossier's view): bloc-admin all; the member themselves their notified ones;
     * staff through the subtree of the member's current organization (read from membership with their token).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Inspection> aboutMember(Filter filter, PageRequest page) {
        Caller caller = callerContext.caller();
        UUID memberId = filter.targetMemberId();
        boolean staff = caller.hasRole(Roles.INSPECTOR) || caller.hasRole(Roles.ORG_SECRETARY);
        if (!caller.isBlocAdmin() && staff) {
            // 403 without naming the member's organization when it is outside the caller's scope
            UUID organizationId = memberScope.requireWithin(memberId, LIST_READERS);
            return list(organizationId, filter, page);
        }
        boolean own = caller.memberId().map(memberId::equals).orElse(false);
        if (!caller.isBlocAdmin() && !own) {
            throw ProblemException.forbidden("Chỉ xem được các cuộc kiểm tra về chính mình (only inspections of yourself)");
        }
        StringBuilder query = new StringBuilder("targetMemberId = :member");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("member", memberId);
        InspectionStatus status = caller.isBlocAdmin() ? filter.status() : InspectionStatus.NOTIFIED;
        if (!caller.isBlocAdmin() && filter.status() != null && filter.status() != InspectionStatus.NOTIFIED) {
            return Page.of(List.of(), page, 0);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        if (filter.kind() != null) {
            query.append(" and kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.year() != null) {
            query.append(" and decisionDate >= :from and decisionDate < :to");
            params.put("from", LocalDate.of(filter.year(), 1, 1));
            params.put("to", LocalDate.of(filter.year() + 1, 1, 1));
        }
        var found = Inspection.<Inspection>find(query + " order by createdAt desc, id", params);
        return Page.of(found.page(page.page, page.size).list(), page, found.count());
    }

    /** Notified conclusions of inspections of the calling member (member_id claim). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InspectionViews.ConclusionView> mine(PageRequest page) {
        UUID memberId = callerContext.caller().memberId().orElseThrow(() -> ProblemException.forbidden(
                "Token không có member_id (no member_id claim)"));
        var query = Inspection.<Inspection>find("targetMemberId = ?1 and status = ?2 order by lastStepDate desc, id",
                memberId, InspectionStatus.NOTIFIED);
        List<InspectionViews.ConclusionView> items = query.page(page.page, page.size).list().stream().map(this::conclusion).toList();
        return Page.of(items, page, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InspectionViews.Detail detail(Inspection i) {
        List<StepRecord> steps = StepRecord.<StepRecord>list("inspectionId = ?1 order by date, recordedAt", i.id);
        List<InspectionViews.StepView> stepViews = new ArrayList<>();
        for (StepRecord s : steps) {
            stepViews.add(InspectionViews.StepView.of(s, Attachment.<Attachment>list("stepId = ?1 order by position", s.id)));
        }
        return new InspectionViews.Detail(i.id, i.kind, i.inspectingOrganizationId, i.inspectingBody, i.targetKind,
                i.targetOrganizationId, i.targetMemberId, i.planItemId, i.originFindingId, i.subject, i.content, i.status,
                i.lastStep, i.lastStepDate, i.lastStep == null ? InspectionStep.DECISION : i.lastStep.next(), i.decisionDate,
                i.outcome, stepViews, findings(i), caseIds(i.id), i.version, i.createdAt, i.updatedAt);
    }

    private InspectionViews.ConclusionView conclusion(Inspection i) {
        StepRecord concluded = StepRecord.<StepRecord>find("inspectionId = ?1 and step = ?2", i.id, InspectionStep.CONCLUSION).firstResult();
        StepRecord notice = StepRecord.<StepRecord>find("inspectionId = ?1 and step = ?2", i.id, InspectionStep.CONCLUSION_NOTICE).firstResult();
        return new InspectionViews.ConclusionView(i.id, i.kind, i.inspectingOrganizationId, i.inspectingBody, i.subject,
                i.outcome, concluded.date, concluded.documentNumber, concluded.note, notice.date, notice.documentNumber, findings(i));
    }

    private static List<InspectionViews.FindingView> findings(Inspection i) {
        return Finding.<Finding>list("inspectionId = ?1 order by recordedAt, id", i.id).stream()
                .map(InspectionViews.FindingView::of).toList();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> caseIds(UUID inspectionId) {
        return entityManager.createNativeQuery(
                        "select case_id from inspection_discipline_case where inspection_id = :i order by created_at, case_id", UUID.class)
                .setParameter("i", inspectionId).getResultList();
    }

    public static Inspection find(UUID id) {
        return Inspection.<Inspection>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Cuộc kiểm tra", id));
    }

    private static List<UUID> prepend(UUID first, List<UUID> rest) {
        List<UUID> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
