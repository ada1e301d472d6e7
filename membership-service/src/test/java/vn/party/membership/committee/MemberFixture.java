package vn.party.membership.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Puts members straight into the register's table (the member API is written elsewhere) and reads rows the
 * API does not show. Only the NOT NULL columns are filled, with plausible values.
 */
@ApplicationScoped
public class MemberFixture {

    private static final AtomicLong NATIONAL_IDS =
            new AtomicLong(ThreadLocalRandom.current().nextLong(100_000_000_000L, 900_000_000_000L));

    @Inject
    EntityManager entityManager;

    @Transactional
    public UUID insert(UUID organizationId, String fullName, String status, LocalDate officialDate) {
        UUID id = UUID.randomUUID();
        String[] words = fullName.split(" ");
        entityManager.createNativeQuery("""
                        INSERT INTO member (id, organization_id, full_name, family_name, given_name, name_sort_key,
                                            gender, date_of_birth, ethnicity, national_id, admission_date,
                                            official_date, status, version, created_at, updated_at)
                        VALUES (:id, :organization, :fullName, :family, :given, decode('00', 'hex'),
                                'MALE', DATE '1975-05-19', 'Kinh', :nationalId, DATE '2005-03-26',
                                :officialDate, :status, 0, now(), now())
                        """)
                .setParameter("id", id)
                .setParameter("organization", organizationId)
                .setParameter("fullName", fullName)
                .setParameter("family", words[0])
                .setParameter("given", words[words.length - 1])
                .setParameter("nationalId", Long.toString(NATIONAL_IDS.incrementAndGet()))
                .setParameter("officialDate", officialDate)
                .setParameter("status", status)
                .executeUpdate();
        return id;
    }

    /** Records a status change with its effective date, as the member register does. */
    @Transactional
    public void statusChange(UUID memberId, String status, LocalDate effectiveOn) {
        entityManager.createNativeQuery("""
                        INSERT INTO member_status_change (member_id, status, effective_on, recorded_at, recorded_by,
                                                          origin, source_document)
                        VALUES (:member, :status, :effectiveOn, now(), 'test', 'HISTORICAL', 'test fixture')
                        """)
                .setParameter("member", memberId)
                .setParameter("status", status)
                .setParameter("effectiveOn", effectiveOn)
                .executeUpdate();
    }

    /** Audit actions recorded for an entity, oldest first. */
    @Transactional
    public List<String> auditActions(String entityType, UUID entityId) {
        return entityManager.createNativeQuery(
                        "SELECT action FROM audit_log WHERE entity_type = :type AND entity_id = :id ORDER BY id",
                        String.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId.toString())
                .getResultList();
    }

    /** Members holding {@code position} in the organization on {@code date}, per the committee_post view. */
    @Transactional
    public List<UUID> holdersOn(UUID organizationId, String position, LocalDate date) {
        return entityManager.createNativeQuery("""
                        SELECT member_id FROM committee_post
                        WHERE organization_id = :organization AND position = :position
                          AND from_date <= :date AND :date < held_until
                        ORDER BY from_date
                        """, UUID.class)
                .setParameter("organization", organizationId)
                .setParameter("position", position)
                .setParameter("date", date)
                .getResultList();
    }
}
