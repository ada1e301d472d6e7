package vn.party.membership.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Members written straight into the register with SQL (the member API is another module's work): the member
 * row, its first status change and its first affiliation, all from {@code since}.
 */
@ApplicationScoped
public class MemberRegisterFixture {

    /** One affiliation row. */
    public record Affiliation(UUID organizationId, LocalDate validFrom, LocalDate validTo, String reason) {
    }

    @Inject
    EntityManager entityManager;

    @Transactional
    public UUID member(UUID organizationId, String status, LocalDate since) {
        UUID id = UUID.randomUUID();
        String nationalId = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        entityManager.createNativeQuery("""
                        INSERT INTO member (id, organization_id, full_name, family_name, given_name, name_sort_key,
                                            gender, date_of_birth, ethnicity, national_id, admission_date, status,
                                            version, created_at, updated_at)
                        VALUES (:id, :organization, 'Nguyễn Văn An', 'Nguyễn', 'An', decode('00', 'hex'),
                                'MALE', DATE '1985-05-01', 'Kinh', :nationalId, :since, :status, 0, now(), now())""")
                .setParameter("id", id)
                .setParameter("organization", organizationId)
                .setParameter("nationalId", nationalId)
                .setParameter("since", since)
                .setParameter("status", status)
                .executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO member_status_change (member_id, status, effective_on, recorded_at, recorded_by,
                                                          origin, source_document)
                        VALUES (:id, :status, :since, now(), 'test', 'HISTORICAL', 'test fixture')""")
                .setParameter("id", id)
                .setParameter("status", status)
                .setParameter("since", since)
                .executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO member_affiliation (member_id, organization_id, valid_from, reason)
                        VALUES (:id, :organization, :since, 'ADMISSION')""")
                .setParameter("id", id)
                .setParameter("organization", organizationId)
                .setParameter("since", since)
                .executeUpdate();
        return id;
    }

    @Transactional
    public UUID organizationOf(UUID memberId) {
        return (UUID) entityManager.createNativeQuery("SELECT organization_id FROM member WHERE id = :id")
                .setParameter("id", memberId)
                .getSingleResult();
    }

    @Transactional
    public long versionOf(UUID memberId) {
        return ((Number) entityManager.createNativeQuery("SELECT version FROM member WHERE id = :id")
                .setParameter("id", memberId)
                .getSingleResult()).longValue();
    }

    @Transactional
    public List<Affiliation> affiliations(UUID memberId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT organization_id, valid_from, valid_to, reason FROM member_affiliation
                        WHERE member_id = :id ORDER BY valid_from, id""")
                .setParameter("id", memberId)
                .getResultList();
        return rows.stream().map(r -> new Affiliation((UUID) r[0], toDate(r[1]), toDate(r[2]), (String) r[3]))
                .toList();
    }

    private static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
