package vn.party.inspection.denunciation;

import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.party.common.problem.ProblemException;
import vn.party.common.security.Caller;
import vn.party.common.security.CallerContext;
import vn.party.common.security.OrganizationHierarchy;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;
import vn.party.common.time.PartyClock;
import vn.party.inspection.denunciation.rest.DenunciationRequests;
import vn.party.inspection.discipline.TargetKind;
import vn.party.inspection.discipline.member.MemberScope;

/**
 * Denunciations: bloc-admin and inspectors in scope take them in and list them; bloc-admin or the inspection
 * committee's head assigns them (never to themselves); the assigned inspector (or bloc-admin) resolves and notifies.
 * The denouncer's identity is returned only to the assigned inspector and bloc-admin, and never enters the audit
 * trail (a disclosure is audited as {@code READ_DENOUNCER}, without it).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class DenunciationService {

    public static final String AUDIT_TYPE = "denunciation";
    public static final String STATE = "denunciation.state";
    public static final String NOT_ASSIGNED = "denunciation.not-assigned";
    public static final String SELF_ASSIGNMENT = "denunciation.self-assignment";
    static final Set<String> INSPECTORS = Set.of(Roles.INSPECTOR);
    /** Who may read and list denunciations in their subtree (never the denouncer, unless assigned). */
    static final Set<String> READERS = Set.of(Roles.INSPECTOR, Roles.INSPECTION_HEAD);
    /** Who may assign in their subtree, besides bloc-admin. */
    static final Set<String> ASSIGNERS = Set.of(Roles.INSPECTION_HEAD);

    /** A denunciation with what the caller may see of its denouncer (empty: hidden or anonymous). */
    public record Seen(Denunciation denunciation, Optional<Denouncer> denouncer, boolean overdue) {
    }

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

    public Seen receive(@NotNull @Valid DenunciationRequests.Receive request) {
        UUID organizationId;
        if (request.subjectKind() == TargetKind.MEMBER) {
            if (request.subjectMemberId() == null) {
                throw ProblemException.invalidField("subjectMemberId", "bắt buộc với đối tượng là đảng viên (required for a member)");
            }
            if (request.subjectOrganizationId() != null) {
                throw ProblemException.invalidField("subjectOrganizationId", "chỉ dùng cho đối tượng là tổ chức (organizations only)");
            }
            organizationId = memberScope.requireWithin(request.subjectMemberId(), INSPECTORS);
        } else {
            if (request.subjectOrganizationId() == null) {
                throw ProblemException.invalidField("subjectOrganizationId", "bắt buộc với đối tượng là tổ chức (required for an organization)");
            }
            if (request.subjectMemberId() != null) {
                throw ProblemException.invalidField("subjectMemberId", "chỉ dùng cho đối tượng là đảng viên (members only)");
            }
            organizationId = request.subjectOrganizationId();
        }
        scopeGuard.requireWithin(organizationId, INSPECTORS);
        List<UUID> ancestry = hierarchy.ancestry(organizationId).orElseThrow(() -> ProblemException.invalidField(
                request.subjectKind() == TargetKind.MEMBER ? "subjectMemberId" : "subjectOrganizationId",
                "tổ chức " + organizationId + " không tồn tại (unknown organization)"));
        if (request.denouncer() != null && isBlank(request.denouncer().fullName())) {
            throw ProblemException.invalidField("denouncer.fullName", "bắt buộc khi có danh tính (required when named)");
        }
        Object[] policy = policyOn(request.receivedDate());

        Denunciation d = new Denunciation();
        d.id = UUID.randomUUID();
        d.subjectKind = request.subjectKind();
        d.subjectMemberId = request.subjectMemberId();
        d.scopeOrganizationId = organizationId;
        d.content = request.content().trim();
        d.receivedDate = request.receivedDate();
        d.policyId = (UUID) policy[0];
        d.deadline = request.receivedDate().plusDays(((Number) policy[1]).intValue());
        d.anonymous = request.denouncer() == null;
        d.status = DenunciationStatus.RECEIVED;
        d.persist();
        entityManager.flush();
        for (UUID scope : ancestry.contains(organizationId) ? ancestry : prepend(organizationId, ancestry)) {
            entityManager.createNativeQuery("insert into denunciation_scope (denunciation_id, organization_id) values (:d, :o)")
                    .setParameter("d", d.id).setParameter("o", scope).executeUpdate();
        }
        Denouncer who = null;
        if (request.denouncer() != null) {
            who = new Denouncer();
            who.denunciationId = d.id;
            who.fullName = request.denouncer().fullName().trim();
            who.contact = blankToNull(request.denouncer().contact());
            who.address = blankToNull(request.denouncer().address());
            who.persist();
        }
        auditTrail.created(AUDIT_TYPE, d.id, d.auditState());
        return seen(d, who);
    }

    /**
     * Assigns (or re-assigns) the inspector who handles it: bloc-admin, or the head of an inspection committee whose
     * subtree holds it. Whoever is assigned learns the denouncer, so an inspector must not be able to pick themselves
     * (nor take over a colleague's denunciation): nobody assigns to themselves, and the answer never carries the
     * denouncer, not even to bloc-admin (the explicit read shows it, audited). A re-assignment is audited as
     * {@code REASSIGN} with the assignee before and after.
     */
    public Seen assign(@NotNull UUID id, @NotNull @Valid DenunciationRequests.Assign request) {
        Denunciation d = find(id);
        if (!scopeGuard.permits(d.scopeOrganizationId, ASSIGNERS)) {
            throw ProblemException.forbidden("Chỉ trưởng ban kiểm tra hoặc quản trị Khối được phân công giải quyết tố cáo"
                    + " (only the inspection committee's head or bloc-admin assigns denunciations)");
        }
        if (d.resolved()) {
            throw ProblemException.ruleViolated(STATE, "Tố cáo đã được giải quyết (already resolved)");
        }
        d.requireVersion(request.version());
        String assignee = request.inspector().trim();
        if (assignee.equalsIgnoreCase(callerContext.caller().name())) {
            throw ProblemException.ruleViolated(SELF_ASSIGNMENT,
                    "Không được tự phân công cho chính mình (nobody assigns a denunciation to themselves)");
        }
        String previous = d.assignedInspector;
        Map<String, Object> before = d.auditState();
        d.assignedInspector = assignee;
        d.assignedOn = clock.today();
        d.status = DenunciationStatus.ASSIGNED;
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>(AuditTrail.diff(before, d.auditState()));
        changes.put("assignedInspector", new AuditTrail.Change(previous, assignee));
        auditTrail.recorded(previous == null ? "ASSIGN" : "REASSIGN", AUDIT_TYPE, d.id, changes);
        entityManager.flush();
        return new Seen(d, Optional.empty(), d.overdueOn(clock.today()));
    }

    public Seen resolve(@NotNull UUID id, @NotNull @Valid DenunciationRequests.Resolve request) {
        Denunciation d = find(id);
        requireHandler(d);
        if (d.status != DenunciationStatus.ASSIGNED) {
            throw d.status == DenunciationStatus.RECEIVED
                    ? ProblemException.ruleViolated(NOT_ASSIGNED, "Chưa phân công người giải quyết (not assigned yet)")
                    : ProblemException.ruleViolated(STATE, "Tố cáo đã được giải quyết (already resolved)");
        }
        d.requireVersion(request.version());
        if (request.resolutionDate().isBefore(d.receivedDate)) {
            throw ProblemException.invalidField("resolutionDate", "không được trước ngày nhận (must not precede receivedDate)");
        }
        Map<String, Object> before = d.auditState();
        d.resolution = request.resolution().trim();
        d.resolutionDate = request.resolutionDate();
        d.status = DenunciationStatus.RESOLVED;
        auditTrail.recorded("RESOLVE", AUDIT_TYPE, d.id, AuditTrail.diff(before, d.auditState()));
        entityManager.flush();
        return seen(d, denouncerOf(d));
    }

    public Seen notice(@NotNull UUID id, @NotNull @Valid DenunciationRequests.Notice request) {
        Denunciation d = find(id);
        requireHandler(d);
        if (d.status != DenunciationStatus.RESOLVED) {
            throw ProblemException.ruleViolated(STATE, "Chỉ thông báo sau khi giải quyết, một lần (notify once, after resolution)");
        }
        d.requireVersion(request.version());
        if (request.noticeDate().isBefore(d.resolutionDate)) {
            throw ProblemException.invalidField("noticeDate", "không được trước ngày giải quyết (must not precede resolutionDate)");
        }
        Map<String, Object> before = d.auditState();
        d.noticeDate = request.noticeDate();
        d.status = DenunciationStatus.NOTIFIED;
        auditTrail.recorded("NOTIFY", AUDIT_TYPE, d.id, AuditTrail.diff(before, d.auditState()));
        entityManager.flush();
        return seen(d, denouncerOf(d));
    }

    public Seen get(@NotNull UUID id) {
        Denunciation d = find(id);
        Caller caller = callerContext.caller();
        boolean may = caller.isBlocAdmin()
                || ((caller.hasRole(Roles.INSPECTOR) || caller.hasRole(Roles.INSPECTION_HEAD))
                        && scopeGuard.permits(d.scopeOrganizationId, READERS))
                || (d.resolved() && caller.hasRole(Roles.ORG_SECRETARY)
                        && scopeGuard.permits(d.scopeOrganizationId, Set.of(Roles.ORG_SECRETARY)));
        if (!may) {
            throw ProblemException.forbidden("Không được xem đơn tố cáo này (not allowed to read this denunciation)");
        }
        auditTrail.read(AUDIT_TYPE, d.id);
        return seen(d, denouncerOf(d));
    }

    /** Denunciations about the subtree of an organization (as placed at intake), newest first; optionally overdue only. */
    @SuppressWarnings("unchecked")
    public Page<Seen> list(@NotNull UUID organizationId, boolean overdueOnly, PageRequest page) {
        scopeGuard.requireWithin(organizationId, READERS);
        String where = " from denunciation d join denunciation_scope s on s.denunciation_id = d.id where s.organization_id = :org"
                + (overdueOnly ? " and d.status in ('RECEIVED', 'ASSIGNED') and d.deadline < :today" : "");
        var items = entityManager.createNativeQuery("select d.*" + where + " order by d.received_date desc, d.id", Denunciation.class)
                .setParameter("org", organizationId);
        var count = entityManager.createNativeQuery("select count(*)" + where).setParameter("org", organizationId);
        if (overdueOnly) {
            items.setParameter("today", clock.today());
            count.setParameter("today", clock.today());
        }
        List<Denunciation> found = items.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        List<Seen> seen = new ArrayList<>();
        for (Denunciation d : found) {
            seen.add(seen(d, d.anonymous ? null : Denouncer.findById(d.id)));
        }
        return Page.of(seen, page, ((Number) count.getSingleResult()).longValue());
    }

    /** bloc-admin, or the inspector the denunciation is assigned to. */
    private void requireHandler(Denunciation d) {
        if (!mayKnowDenouncer(d)) {
            throw ProblemException.forbidden("Chỉ người được phân công hoặc quản trị Khối (only the assigned inspector or bloc-admin)");
        }
    }

    private boolean mayKnowDenouncer(Denunciation d) {
        Caller caller = callerContext.caller();
        return caller.isBlocAdmin() || (caller.hasRole(Roles.INSPECTOR) && d.assignedInspector != null
                && d.assignedInspector.equals(caller.name()) && scopeGuard.permits(d.scopeOrganizationId, INSPECTORS));
    }

    private Denouncer denouncerOf(Denunciation d) {
        return d.anonymous ? null : Denouncer.<Denouncer>findById(d.id);
    }

    /** Applies the disclosure rule; a disclosure is audited without the identity itself. */
    private Seen seen(Denunciation d, Denouncer who) {
        boolean overdue = d.overdueOn(clock.today());
        if (who == null || !mayKnowDenouncer(d)) {
            return new Seen(d, Optional.empty(), overdue);
        }
        auditTrail.read(AUDIT_TYPE + "-denouncer", d.id);
        return new Seen(d, Optional.of(who), overdue);
    }

    @SuppressWarnings("unchecked")
    private Object[] policyOn(LocalDate date) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, resolution_days from denunciation_policy where effective_from <= :date
                order by effective_from desc limit 1""").setParameter("date", date).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.ruleViolated("denunciation.policy",
                    "Không có quy định thời hạn giải quyết tố cáo vào ngày " + date + " (no policy in force on that date)");
        }
        return rows.get(0);
    }

    private static Denunciation find(UUID id) {
        return Denunciation.<Denunciation>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Đơn tố cáo", id));
    }

    private static List<UUID> prepend(UUID first, List<UUID> rest) {
        List<UUID> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.trim();
    }
}
