package vn.party.membership.organization.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import vn.party.common.persistence.AuditEntry;
import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.CallerContext;
import vn.party.common.security.OrganizationHierarchy;
import vn.party.common.security.ScopeGuard;
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
            // flush now so a concurrent writer's version clash surfaces here as a 409
            entityManager.flush();
        }
        return organization;
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
        var caller = callerContext.caller();
        if (caller.isBlocAdmin()) {
            var query = Organization.<Organization>findAll(Sort.by("code").and("id"));
            return Page.of(query.page(page.page, page.size).list(), page, query.count());
        }
        UUID root = caller.organizationId().orElse(null);
        if (root == null) {
            return Page.of(List.of(), page, 0);
        }
        String subtree = """
                WITH RECURSIVE subtree(id, depth) AS (
                    SELECT id, 0 FROM organization WHERE id = :root
                    UNION ALL
                    SELECT o.id, s.depth + 1 FROM organization o JOIN subtree s ON o.parent_id = s.id
                    WHERE s.depth < 100
                )
                """;
        long total = ((Number) entityManager.createNativeQuery(subtree + "SELECT count(*) FROM subtree")
                .setParameter("root", root).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Organization> items = entityManager.createNativeQuery(subtree
                        + "SELECT o.* FROM organization o JOIN subtree s ON o.id = s.id ORDER BY o.code, o.id"
                        + " LIMIT :limit OFFSET :offset", Organization.class)
                .setParameter("root", root)
                .setParameter("limit", page.size)
                .setParameter("offset", page.offset())
                .getResultList();
        return Page.of(items, page, total);
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
