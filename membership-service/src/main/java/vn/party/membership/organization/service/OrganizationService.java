package vn.party.membership.organization.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.panache.common.Sort;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.persistence.AuditEntry;
import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.CallerContext;
import vn.party.common.security.OrganizationHierarchy;
import vn.party.common.security.ScopeGuard;
import vn.party.contracts.memberevents.ChangeType;
import vn.party.membership.changes.ChangeLog;
import vn.party.membership.organization.Organization;
import vn.party.membership.organization.domain.OrganizationRules;
import vn.party.membership.organization.domain.OrganizationStatus;
import vn.party.membership.organization.rest.OrganizationRequests;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class OrganizationService implements OrganizationHierarchy {

    static final String AUDIT_TYPE = "organization";

    @Inject
    EntityManager entityManager;

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CallerContext callerContext;

    @Inject
    ChangeLog changeLog;

    public Organization create(@NotNull @Valid OrganizationRequests.Create request) {
        Organization parent = null;
        if (request.parentId() != null) {
            parent = Organization.<Organization>findByIdOptional(request.parentId())
                    .orElseThrow(() -> ProblemException.invalidField("parentId",
                            "tổ chức cấp trên không tồn tại (no such organization)"));
            scopeGuard.requireWrite(parent.id);
            OrganizationRules.checkParentActive(parent.id, parent.status);
        } else if (!callerContext.caller().isBlocAdmin()) {
            throw ProblemException.forbidden(
                    "Chỉ Văn phòng Đảng ủy Khối được tạo tổ chức cấp cao nhất (only bloc-admin creates a root)");
        }
        OrganizationRules.checkPlacement(request.type(), parent == null ? null : parent.type);
        if (Organization.count("code", request.code()) > 0) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Mã tổ chức '" + request.code() + "' đã được dùng (code already used)",
                    List.of(new Problem.FieldError("code", "đã được dùng (already used)")));
        }
        Organization organization = new Organization();
        organization.id = UUID.randomUUID();
        organization.code = request.code().trim();
        organization.name = request.name().trim();
        organization.type = request.type();
        organization.hostAgency = blankToNull(request.hostAgency());
        organization.parentId = request.parentId();
        organization.status = OrganizationStatus.ACTIVE;
        organization.foundedOn = request.foundedOn();
        organization.persist();
        auditTrail.created(AUDIT_TYPE, organization.id, organization.auditState());
        changeLog.organization(organization.id, ChangeType.CREATED, null, organization.foundedOn, Map.of());
        return organization;
    }

    public Organization update(@NotNull UUID id, @NotNull @Valid OrganizationRequests.Update request) {
        Organization organization = find(id);
        scopeGuard.requireWrite(id);
        organization.requireVersion(request.version());
        Map<String, Object> before = organization.auditState();
        organization.name = request.name().trim();
        organization.hostAgency = blankToNull(request.hostAgency());
        organization.foundedOn = request.foundedOn();
        Map<String, Object> after = organization.auditState();
        if (!AuditTrail.diff(before, after).isEmpty()) {
            auditTrail.updated(AUDIT_TYPE, id, before, after);
            correctHistory(organization, !java.util.Objects.equals(before.get("foundedOn"), after.get("foundedOn")));
            // flush now so a concurrent writer's version clash surfaces here as a 409
            entityManager.flush();
            changeLog.organization(id, ChangeType.UPDATED, "CORRECTED", null,
                    Map.of("fields", List.copyOf(AuditTrail.diff(before, after).keySet())));
        }
        return organization;
    }

    /**
     * An edit is a correction, not a restructuring: the current period takes the corrected name and host agency
     * (an effective-dated rename goes through the rename operation), and a corrected founding date moves the
     * start of the first period.
     */
    private void correctHistory(Organization organization, boolean foundingChanged) {
        entityManager.flush();
        entityManager.createNativeQuery("""
                        UPDATE organization_version SET name = :name, host_agency = :host
                        WHERE organization_id = :id AND valid_to IS NULL""")
                .setParameter("name", organization.name)
                .setParameter("host", organization.hostAgency)
                .setParameter("id", organization.id)
                .executeUpdate();
        if (foundingChanged && organization.foundedOn != null) {
            int moved = entityManager.createNativeQuery("""
                            UPDATE organization_version SET valid_from = :founded
                            WHERE id = (SELECT id FROM organization_version WHERE organization_id = :id
                                        ORDER BY valid_from, id LIMIT 1)
                              AND (valid_to IS NULL OR valid_to >= :founded)""")
                    .setParameter("founded", organization.foundedOn)
                    .setParameter("id", organization.id)
                    .executeUpdate();
            if (moved == 0) {
                throw ProblemException.ruleViolated("organization.founded-after-history",
                        "Ngày thành lập " + organization.foundedOn + " sau lần thay đổi đầu tiên của tổ chức"
                                + " (the founding date is after the organization's first recorded change)");
            }
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organization get(@NotNull UUID id) {
        Organization organization = find(id);
        scopeGuard.requireRead(id);
        return organization;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Organization> children(@NotNull UUID parentId, PageRequest page) {
        find(parentId);
        scopeGuard.requireRead(parentId);
        var query = Organization.<Organization>find("parentId", Sort.by("code").and("id"), parentId);
        long total = query.count();
        List<Organization> items = query.page(page.page, page.size).list();
        return Page.of(items, page, total);
    }

    /** Every organization the caller may read: the whole tree for bloc-admin, else their subtree. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Organization> visible(PageRequest page) {
        return visible(page, null);
    }

    /**
     * Organizations the caller may read (the whole tree for bloc-admin, else their subtree), by code; with
     * {@code q}, only those whose name (accents and case ignored) contains every word of it, or whose code
     * contains it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Organization> visible(PageRequest page, String q) {
        var caller = callerContext.caller();
        UUID root = caller.organizationId().orElse(null);
        if (!caller.isBlocAdmin() && root == null) {
            return Page.of(List.of(), page, 0);
        }
        List<String> words = q == null ? List.of() : Arrays.stream(q.trim().split("\\s+"))
                .filter(w -> !w.isEmpty()).map(OrganizationService::likeEscaped).toList();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (!words.isEmpty()) {
            where.append(" AND ((TRUE");
            for (int i = 0; i < words.size(); i++) {
                where.append(" AND o.name_search LIKE '%' || vn_fold(:w").append(i).append(") || '%'");
            }
            where.append(") OR lower(o.code) LIKE '%' || lower(:code) || '%')");
        }
        List<UUID> subtree = caller.isBlocAdmin() ? List.of() : subtreeIds(root);
        if (!caller.isBlocAdmin()) {
            where.append(" AND o.id IN (:subtree)");
        }
        String from = " FROM organization o";
        Query count = entityManager.createNativeQuery("SELECT count(*)" + from + where);
        Query items = entityManager.createNativeQuery("SELECT o.*" + from + where
                + " ORDER BY o.code, o.id LIMIT :limit OFFSET :offset", Organization.class)
                .setParameter("limit", page.size)
                .setParameter("offset", page.offset());
        for (Query query : List.of(count, items)) {
            if (!caller.isBlocAdmin()) {
                query.setParameter("subtree", subtree);
            }
            for (int i = 0; i < words.size(); i++) {
                query.setParameter("w" + i, words.get(i));
            }
            if (!words.isEmpty()) {
                query.setParameter("code", likeEscaped(q.trim()));
            }
        }
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Organization> found = items.getResultList();
        return Page.of(found, page, total);
    }

    /**
     * The organization and everything below it today, as ids. Resolved on its own rather than as a CTE
     * inside a bigger query: the planner cannot estimate a recursive CTE and then ignores the indexes.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<UUID> subtreeIds(UUID root) {
        return entityManager.createNativeQuery("""
                WITH RECURSIVE subtree(id, depth) AS (
                    SELECT id, 0 FROM organization WHERE id = :root
                    UNION ALL
                    SELECT o.id, s.depth + 1 FROM organization o JOIN subtree s ON o.parent_id = s.id
                    WHERE s.depth < 100
                )
                SELECT id FROM subtree
                """, UUID.class).setParameter("root", root).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> auditHistory(@NotNull UUID id) {
        find(id);
        return auditTrail.history(AUDIT_TYPE, id);
    }

    /** Walks up the tree from the organization to its root. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<UUID>> ancestry(UUID organizationId) {
        if (organizationId == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                WITH RECURSIVE chain(id, parent_id, depth) AS (
                    SELECT id, parent_id, 0 FROM organization WHERE id = :id
                    UNION ALL
                    SELECT o.id, o.parent_id, c.depth + 1 FROM organization o JOIN chain c ON o.id = c.parent_id
                    WHERE c.depth < 100
                )
                SELECT id FROM chain ORDER BY depth
                """, UUID.class).setParameter("id", organizationId).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(new ArrayList<>(ids));
    }

    private static Organization find(UUID id) {
        return Organization.<Organization>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Tổ chức", id));
    }

    /** A search word with LIKE's wildcards taken literally (backslash is PostgreSQL's default escape). */
    private static String likeEscaped(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
