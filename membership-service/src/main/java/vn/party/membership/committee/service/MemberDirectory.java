package vn.party.membership.committee.service;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * What the committee rules need to know about members, read from the member register's tables (same service
 * and database). Kept narrow on purpose: only id, name, status, official date and organization, at a date.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MemberDirectory {

    public record MemberFacts(UUID id, String fullName, String status, LocalDate officialDate, UUID organizationId) {
    }

    @Inject
    EntityManager entityManager;

    public Optional<MemberFacts> find(UUID memberId) {
        List<?> rows = entityManager.createNativeQuery(
                        "SELECT id, full_name, status, official_date, organization_id FROM member WHERE id = :id")
                .setParameter("id", memberId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new MemberFacts(uuid(row[0]), (String) row[1], (String) row[2], date(row[3]), uuid(row[4])));
    }

    /** The status in force on {@code date} per the status history; the current status when none is recorded by then. */
    public String statusOn(MemberFacts member, LocalDate date) {
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT status FROM member_status_change
                        WHERE member_id = :id AND effective_on <= :date
                        ORDER BY effective_on DESC, id DESC LIMIT 1
                        """)
                .setParameter("id", member.id())
                .setParameter("date", date)
                .getResultList();
        return rows.isEmpty() ? member.status() : (String) rows.get(0);
    }

    /** The organization the member belonged to on {@code date} per the affiliation history, else the current one. */
    public UUID organizationOn(MemberFacts member, LocalDate date) {
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT organization_id FROM member_affiliation
                        WHERE member_id = :id AND valid_from <= :date AND (valid_to IS NULL OR valid_to > :date)
                        ORDER BY valid_from DESC LIMIT 1
                        """)
                .setParameter("id", member.id())
                .setParameter("date", date)
                .getResultList();
        return rows.isEmpty() ? member.organizationId() : uuid(rows.get(0));
    }

    public Map<UUID, String> names(Collection<UUID> memberIds) {
        Map<UUID, String> names = new HashMap<>();
        if (memberIds.isEmpty()) {
            return names;
        }
        List<?> rows = entityManager.createNativeQuery("SELECT id, full_name FROM member WHERE id IN (:ids)")
                .setParameter("ids", memberIds)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            names.put(uuid(columns[0]), (String) columns[1]);
        }
        return names;
    }

    private static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
