package vn.party.inspection.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.party.common.security.CallerContext;
import vn.party.common.security.OrganizationHierarchy;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;
import vn.party.common.time.PartyClock;
import vn.party.inspection.discipline.TargetKind;
import vn.party.inspection.discipline.member.MemberScope;
import vn.party.inspection.inspection.Inspection;
import vn.party.inspection.inspection.InspectionRules;
import vn.party.inspection.inspection.InspectionService;
import vn.party.inspection.supervision.rest.SupervisionRequests;

/**
 * Supervisions: inspectors write them within their committee's subtree; inspectors and secretaries read those about
 * their subtree; bloc-admin everything. A finding escalates once to an inspection on signs of violation.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class SupervisionService {

    public static final String AUDIT_TYPE = "supervision";
    public static final String PERIOD = "supervision.period";
    public static final String ESCALATED = "supervision.finding-already-escalated";
    static final Set<String> INSPECTORS = Set.of(Roles.INSPECTOR);
    static final Set<String> READERS = Set.of(Roles.INSPECTOR, Roles.ORG_SECRETARY);

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
    InspectionService inspections;

    public record Filter(Integer year, SupervisionKind kind, UUID targetMemberId) {
    }

    public Supervision open(@NotNull @Valid SupervisionRequests.Open request) {
        scopeGuard.requireWithin(request.inspectingOrganizationId(), INSPECTORS);
        if (request.periodTo().isBefore(request.periodFrom())) {
            throw ProblemException.invalidField("periodTo", "không được trước periodFrom (must not precede periodFrom)");
        }
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
        String field = request.targetKind() == TargetKind.MEMBER ? "targetMemberId" : "targetOrganizationId";
        List<UUID> ancestry = hierarchy.ancestry(organizationId).orElseThrow(() -> ProblemException.invalidField(
                field, "tổ chức " + organizationId + " không tồn tại (unknown organization)"));
        if (!ancestry.contains(request.inspectingOrganizationId())) {
            throw ProblemException.ruleViolated(InspectionRules.TARGET_OUTSIDE, "Đối tượng giám sát phải thuộc tổ chức "
                    + request.inspectingOrganizationId() + " hoặc cấp dưới (the target is outside the supervising body's subtree)");
        }
        Supervision s = new Supervision();
        s.id = UUID.randomUUID();
        s.kind = request.kind();
        s.inspectingOrganizationId = request.inspectingOrganizationId();
        s.inspectingBody = request.inspectingBody();
        s.targetKind = request.targetKind();
        s.targetOrganizationId = organizationId;
        s.targetMemberId = request.targetMemberId();
        s.subject = request.subject().trim();
        s.content = request.content().trim();
        s.periodFrom = request.periodFrom();
        s.periodTo = request.periodTo();
        s.persist();
        entityManager.flush();
        List<UUID> scopes = new ArrayList<>(ancestry);
        if (!scopes.contains(organizationId)) {
            scopes.add(0, organizationId);
        }
        for (UUID scope : scopes) {
            entityManager.createNativeQuery("insert into supervision_scope (supervision_id, organization_id) values (:s, :o)")
                    .setParameter("s", s.id).setParameter("o", scope).executeUpdate();
        }
        auditTrail.created(AUDIT_TYPE, s.id, s.auditState());
        return s;
    }

    public Supervision addFinding(@NotNull UUID id, @NotNull @Valid SupervisionRequests.AddFinding request) {
        Supervision s = find(id);
        scopeGuard.requireWithin(s.inspectingOrganizationId, INSPECTORS);
        s.requireVersion(request.version());
        SupervisionFinding f = new SupervisionFinding();
        f.id = UUID.randomUUID();
        f.supervisionId = s.id;
        f.text = request.text().trim();
        f.severity = request.severity();
        f.recordedBy = callerContext.caller().name();
        f.recordedAt = clock.now();
        f.persist();
        s.touch();
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        changes.put("finding.id", new AuditTrail.Change(null, f.id));
        changes.put("finding.text", new AuditTrail.Change(null, f.text));
        changes.put("finding.severity", new AuditTrail.Change(null, f.severity));
        auditTrail.recorded("FINDING", AUDIT_TYPE, s.id, changes);
        entityManager.flush();
        return s;
    }

    /** Opens an inspection on signs of violation of the supervision's target and links it with the finding, both ways. */
    public Inspection escalate(@NotNull UUID id, @NotNull UUID findingId, @NotNull @Valid SupervisionRequests.Escalate request) {
        Supervision s = find(id);
        scopeGuard.requireWithin(s.inspectingOrganizationId, INSPECTORS);
        SupervisionFinding f = SupervisionFinding.<SupervisionFinding>findByIdOptional(findingId)
                .filter(x -> x.supervisionId.equals(s.id))
                .orElseThrow(() -> ProblemException.notFound("Phát hiện giám sát", findingId));
        s.requireVersion(request.version());
        if (f.escalatedInspectionId != null) {
            throw ProblemException.ruleViolated(ESCALATED, "Phát hiện này đã chuyển kiểm tra (cuộc kiểm tra " + f.escalatedInspectionId
                    + ") (the finding was already escalated)");
        }
        String content = request.content() == null || request.content().isBlank() ? f.text : request.content();
        Inspection inspection = inspections.openFromFinding(f.id, s.inspectingOrganizationId, s.inspectingBody, s.targetKind,
                s.targetOrganizationId, s.targetMemberId, request.subject(), content);
        f.escalatedInspectionId = inspection.id;
        s.touch();
        auditTrail.recorded("ESCALATE", AUDIT_TYPE, s.id, Map.of(
                "finding." + f.id + ".escalatedInspectionId", new AuditTrail.Change(null, inspection.id)));
        entityManager.flush();
        return inspection;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Supervision get(@NotNull UUID id) {
        Supervision s = find(id);
        if (!scopeGuard.permits(s.targetOrganizationId, READERS)) {
            throw ProblemException.forbidden("Không được xem cuộc giám sát này (not allowed to read this supervision)");
        }
        return s;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupervisionFinding> findings(@NotNull UUID supervisionId) {
        return SupervisionFinding.list("supervisionId = ?1 order by recordedAt, id", supervisionId);
    }

    /** Supervisions about an organization's subtree (as placed when opened), newest period first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Page<Supervision> list(@NotNull UUID organizationId, Filter filter, PageRequest page) {
        scopeGuard.requireWithin(organizationId, READERS);
        StringBuilder where = new StringBuilder(
                " from supervision v join supervision_scope s on s.supervision_id = v.id where s.organization_id = :org");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("org", organizationId);
        if (filter.year() != null) {
            where.append(" and v.period_from >= :from and v.period_from < :to");
            params.put("from", LocalDate.of(filter.year(), 1, 1));
            params.put("to", LocalDate.of(filter.year() + 1, 1, 1));
        }
        if (filter.kind() != null) {
            where.append(" and v.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.targetMemberId() != null) {
            where.append(" and v.target_member_id = :member");
            params.put("member", filter.targetMemberId());
        }
        Query select = entityManager.createNativeQuery("select v.*" + where + " order by v.period_from desc, v.id", Supervision.class);
        Query count = entityManager.createNativeQuery("select count(*)" + where);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Supervision> items = select.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        return Page.of(items, page, ((Number) count.getSingleResult()).longValue());
    }

    private static Supervision find(UUID id) {
        return Supervision.<Supervision>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Cuộc giám sát", id));
    }
}
