package vn.party.membership.changes;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.party.contracts.organization.OrganizationFeed;

/**
 * Membership's organization feed ({@link OrganizationFeed}): the change-log rows about organizations after a
 * position, oldest first, each with the organization's whole timeline as it stands now (zero-length periods left
 * out) and the successions in which it is the predecessor. Every organization change writes such a row (create,
 * correction, rename, move, upgrade, merge, split, dissolve; see {@link ChangeLog}), so a replica that applies the
 * entries in order ("replace what you hold for this organization") holds the whole effective-dated tree.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationFeedReader {

    @Inject
    EntityManager entityManager;

    public OrganizationFeed after(long after, int limit) {
        // the head first: every position up to it is committed (ChangeLog numbers in commit order), so the entries
        // read next never stop short of a head that is older than them
        Number head = (Number) entityManager.createNativeQuery(
                "SELECT coalesce(max(sequence), 0) FROM change_log WHERE resource_type = 'ORGANIZATION'")
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT sequence, resource_id FROM change_log
                        WHERE resource_type = 'ORGANIZATION' AND sequence > :after
                        ORDER BY sequence LIMIT :limit""")
                .setParameter("after", after)
                .setParameter("limit", limit)
                .getResultList();
        if (rows.isEmpty()) {
            return new OrganizationFeed(OrganizationFeed.VERSION, Math.max(head.longValue(), after), List.of());
        }
        List<UUID> ids = rows.stream().map(r -> (UUID) r[1]).distinct().toList();
        Map<UUID, List<OrganizationFeed.Period>> periods = periods(ids);
        Map<UUID, List<OrganizationFeed.Succession>> successions = successions(ids);
        List<OrganizationFeed.Entry> entries = new ArrayList<>();
        long last = after;
        for (Object[] row : rows) {
            UUID id = (UUID) row[1];
            last = ((Number) row[0]).longValue();
            entries.add(new OrganizationFeed.Entry(last, id, periods.getOrDefault(id, List.of()),
                    successions.getOrDefault(id, List.of())));
        }
        return new OrganizationFeed(OrganizationFeed.VERSION, Math.max(head.longValue(), last), entries);
    }

    private Map<UUID, List<OrganizationFeed.Period>> periods(List<UUID> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT organization_id, valid_from, valid_to, parent_id, code, name, type, status, change_kind
                        FROM organization_version
                        WHERE organization_id IN (:ids) AND (valid_to IS NULL OR valid_to > valid_from)
                        ORDER BY organization_id, valid_from, id""")
                .setParameter("ids", ids)
                .getResultList();
        Map<UUID, List<OrganizationFeed.Period>> byOrganization = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byOrganization.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new OrganizationFeed.Period(
                    date(r[1]), date(r[2]), (UUID) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                    (String) r[8]));
        }
        return byOrganization;
    }

    private Map<UUID, List<OrganizationFeed.Succession>> successions(List<UUID> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT predecessor_id, successor_id, kind, effective_on FROM organization_succession
                        WHERE predecessor_id IN (:ids)
                        ORDER BY predecessor_id, effective_on, successor_id""")
                .setParameter("ids", ids)
                .getResultList();
        Map<UUID, List<OrganizationFeed.Succession>> byPredecessor = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byPredecessor.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new OrganizationFeed.Succession(
                    (UUID) r[0], (UUID) r[1], (String) r[2], date(r[3])));
        }
        return byPredecessor;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
