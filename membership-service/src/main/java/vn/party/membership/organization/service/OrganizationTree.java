package vn.party.membership.organization.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import vn.party.common.problem.ProblemException;
import vn.party.common.security.ScopeGuard;
import vn.party.membership.organization.Organization;
import vn.party.membership.organization.OrganizationVersion;
import vn.party.membership.organization.domain.ChangeKind;
import vn.party.membership.organization.domain.OrganizationStatus;
import vn.party.membership.organization.domain.OrganizationType;
import vn.party.membership.organization.rest.OrganizationTreeViews.AsOf;
import vn.party.membership.organization.rest.OrganizationTreeViews.Crumb;
import vn.party.membership.organization.rest.OrganizationTreeViews.HistoryEntry;
import vn.party.membership.organization.rest.OrganizationTreeViews.Node;
import vn.party.membership.organization.rest.OrganizationTreeViews.Subtree;
import vn.party.membership.organization.restructure.MemberRelocation;

/**
 * Reads over the tree now or as of a past day, answered from the organizations' effective-dated periods
 * ({@code organization_version}) with recursive queries: one round trip for a whole subtree at any depth.
 * A member counts on day D if affiliated with the organization on D and their latest status on or before D
 * is an active one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationTree {

    private static final int MAX_DEPTH = 100;

    @Inject
    EntityManager entityManager;

    @Inject
    ScopeGuard scopeGuard;

    /** Parses an {@code asOf} query parameter: empty means now, anything but an ISO date is a 400. */
    public static LocalDate parseAsOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("asOf", "phải là ngày dạng 2021-12-31 (must be an ISO date)");
        }
    }

    public Subtree subtree(@NotNull UUID rootId, LocalDate asOf) {
        requireReadable(rootId);
        String sql = """
                WITH RECURSIVE tree AS (
                    SELECT v.organization_id AS id, v.parent_id, v.code, v.name, v.type, v.host_agency, v.status,
                           0 AS depth, ARRAY[v.code::text || '/' || v.organization_id::text] AS sort_path
                    FROM organization_version v
                    WHERE v.organization_id = :root AND %s
                    UNION ALL
                    SELECT c.organization_id, c.parent_id, c.code, c.name, c.type, c.host_agency, c.status,
                           t.depth + 1, t.sort_path || (c.code::text || '/' || c.organization_id::text)
                    FROM organization_version c JOIN tree t ON c.parent_id = t.id
                    WHERE c.status = 'ACTIVE' AND %s AND t.depth < %d
                )
                SELECT id, parent_id, code, name, type, host_agency, status, depth FROM tree ORDER BY sort_path
                """.formatted(validOn("v", asOf), validOn("c", asOf), MAX_DEPTH);
        List<Object[]> rows = withDay(entityManager.createNativeQuery(sql), asOf)
                .setParameter("root", rootId)
                .getResultList();
        if (rows.isEmpty()) {
            throw notOn(rootId, asOf);
        }
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, Long> counts = memberCounts(ids, asOf);
        Map<UUID, Long> subtreeCounts = new HashMap<>(counts);
        // children come after their parents, so walking backwards adds each subtree into its parent once
        for (int i = rows.size() - 1; i > 0; i--) {
            UUID id = (UUID) rows.get(i)[0];
            UUID parent = (UUID) rows.get(i)[1];
            subtreeCounts.merge(parent, subtreeCounts.getOrDefault(id, 0L), Long::sum);
        }
        List<Node> nodes = new ArrayList<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            OrganizationType type = OrganizationType.valueOf((String) row[4]);
            nodes.add(new Node(id, (String) row[2], (String) row[3], type, type.vietnameseName(), (String) row[5],
                    (UUID) row[1], ((Number) row[7]).intValue(),
                    OrganizationStatus.valueOf((String) row[6]), counts.getOrDefault(id, 0L),
                    subtreeCounts.getOrDefault(id, 0L)));
        }
        return new Subtree(rootId, asOf, nodes);
    }

    /** The organization as it was on {@code asOf}; 404 if it did not exist yet. */
    public AsOf asOf(@NotNull UUID id, @NotNull LocalDate asOf) {
        requireReadable(id);
        OrganizationVersion version = OrganizationVersion.<OrganizationVersion>find(
                        "organizationId = ?1 and validFrom <= ?2 and (validTo is null or validTo > ?2)", id, asOf)
                .firstResultOptional()
                .orElseThrow(() -> notOn(id, asOf));
        long members = memberCounts(List.of(id), asOf).getOrDefault(id, 0L);
        return new AsOf(id, version.code, version.name, version.type, version.type.vietnameseName(),
                version.hostAgency, version.parentId, version.status, asOf, version.validFrom, version.validTo,
                members);
    }

    /** The breadcrumb: the root first, the organization last. */
    public List<Crumb> ancestors(@NotNull UUID id, LocalDate asOf) {
        requireReadable(id);
        String sql = """
                WITH RECURSIVE chain AS (
                    SELECT v.organization_id AS id, v.parent_id, v.code, v.name, v.type, 0 AS depth
                    FROM organization_version v
                    WHERE v.organization_id = :id AND %s
                    UNION ALL
                    SELECT p.organization_id, p.parent_id, p.code, p.name, p.type, c.depth + 1
                    FROM organization_version p JOIN chain c ON p.organization_id = c.parent_id
                    WHERE %s AND c.depth < %d
                )
                SELECT id, code, name, type FROM chain ORDER BY depth DESC
                """.formatted(validOn("v", asOf), validOn("p", asOf), MAX_DEPTH);
        List<Object[]> rows = withDay(entityManager.createNativeQuery(sql), asOf).setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            throw notOn(id, asOf);
        }
        return rows.stream().map(r -> {
            OrganizationType type = OrganizationType.valueOf((String) r[3]);
            return new Crumb((UUID) r[0], (String) r[1], (String) r[2], type, type.vietnameseName());
        }).toList();
    }

    /** Every period of the organization, oldest first. */
    public List<HistoryEntry> history(@NotNull UUID id) {
        requireReadable(id);
        List<OrganizationVersion> versions = OrganizationVersion.<OrganizationVersion>find(
                "organizationId = ?1 order by validFrom, id", id).list();
        List<Object[]> succession = entityManager.createNativeQuery("""
                        SELECT predecessor_id, successor_id FROM organization_succession
                        WHERE predecessor_id = :id OR (successor_id = :id AND kind = 'SPLIT')
                        ORDER BY effective_on, successor_id""")
                .setParameter("id", id)
                .getResultList();
        List<UUID> successors = succession.stream().filter(r -> id.equals(r[0])).map(r -> (UUID) r[1]).toList();
        List<UUID> predecessors = succession.stream().filter(r -> id.equals(r[1])).map(r -> (UUID) r[0]).toList();
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            OrganizationVersion v = versions.get(i);
            boolean closing = v.changeKind == ChangeKind.MERGE || v.changeKind == ChangeKind.SPLIT && i > 0
                    || v.changeKind == ChangeKind.DISSOLVE;
            entries.add(new HistoryEntry(v.validFrom, v.validTo, v.changeKind, v.decisionRef, v.code, v.name, v.type,
                    v.type.vietnameseName(), v.hostAgency, v.parentId, v.status,
                    closing ? successors : List.of(), i == 0 ? predecessors : List.of()));
        }
        return entries;
    }

    private void requireReadable(UUID id) {
        if (Organization.findById(id) == null) {
            throw ProblemException.notFound("Tổ chức", id);
        }
        scopeGuard.requireRead(id);
    }

    /** Active members per organization: now from the register, on a past day from affiliations and status history. */
    private Map<UUID, Long> memberCounts(List<UUID> organizationIds, LocalDate asOf) {
        Query query;
        if (asOf == null) {
            query = entityManager.createNativeQuery("""
                    SELECT organization_id, count(*) FROM member
                    WHERE organization_id IN (:ids) AND status IN (:active)
                    GROUP BY organization_id""");
        } else {
            query = entityManager.createNativeQuery("""
                    SELECT a.organization_id, count(DISTINCT a.member_id)
                    FROM member_affiliation a JOIN member m ON m.id = a.member_id
                    WHERE a.organization_id IN (:ids)
                      AND a.valid_from <= :day AND (a.valid_to IS NULL OR a.valid_to > :day)
                      AND coalesce(
                            (SELECT s.status FROM member_status_change s
                             WHERE s.member_id = a.member_id AND s.effective_on <= :day
                             ORDER BY s.effective_on DESC, s.id DESC LIMIT 1),
                            -- a member recorded without any status history counts with the register's status
                            CASE WHEN NOT EXISTS (SELECT 1 FROM member_status_change s WHERE s.member_id = a.member_id)
                                 THEN m.status END) IN (:active)
                    GROUP BY a.organization_id""").setParameter("day", asOf);
        }
        List<Object[]> rows = query.setParameter("ids", organizationIds)
                .setParameter("active", MemberRelocation.ACTIVE_STATUSES)
                .getResultList();
        Map<UUID, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /** The SQL condition selecting, for table alias {@code v}, the period valid on the day (or the current one). */
    private static String validOn(String v, LocalDate asOf) {
        return asOf == null
                ? v + ".valid_to IS NULL"
                : "%1$s.valid_from <= :day AND (%1$s.valid_to IS NULL OR %1$s.valid_to > :day)".formatted(v);
    }

    private static Query withDay(Query query, LocalDate asOf) {
        return asOf == null ? query : query.setParameter("day", asOf);
    }

    private static ProblemException notOn(UUID id, LocalDate asOf) {
        return asOf == null
                ? ProblemException.notFound("Tổ chức", id)
                : ProblemException.notFound("Tổ chức", id + " vào ngày " + asOf + " (on that day)");
    }
}
