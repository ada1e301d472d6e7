package vn.party.events.restructuring;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Follow-up tasks straight in the tables (with the meeting and document they come from). */
@ApplicationScoped
public class TaskRecordsFixture {

    @Inject
    EntityManager entityManager;

    /** A task issued by {@code issuer}, led by {@code lead}, with coordinators; closed or not. */
    @Transactional
    public UUID task(UUID issuer, UUID lead, List<UUID> coordinators, boolean closed) {
        UUID meeting = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        INSERT INTO meeting (id, organization_id, kind, title, starts_at, version, created_at, updated_at)
                        VALUES (:id, :org, 'COMMITTEE_PLENUM', 'Hội nghị', TIMESTAMPTZ '2022-03-01 08:00+07', 0, now(),
                                now())""")
                .setParameter("id", meeting).setParameter("org", issuer).executeUpdate();
        UUID document = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        INSERT INTO meeting_document (id, meeting_id, issuer_id, type, period, number,
                            issuer_abbreviation, symbol, title, issued_on, created_at)
                        VALUES (:id, :meeting, :issuer, 'CONCLUSION', '2022', :number, 'ĐU', '01-KL/ĐU', 'Kết luận',
                                DATE '2022-03-01', now())""")
                .setParameter("id", document).setParameter("meeting", meeting).setParameter("issuer", issuer)
                .setParameter("number", java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 1_000_000))
                .executeUpdate();
        UUID id = UUID.randomUUID();
        UUID report = closed ? UUID.randomUUID() : null;
        entityManager.createNativeQuery("""
                        INSERT INTO follow_up_task (id, document_id, issuer_id, document_symbol, lead_organization_id,
                            title, deadline, status, percent, report_count, version, created_at, updated_at)
                        VALUES (:id, :document, :issuer, '01-KL/ĐU', :lead, 'Nhiệm vụ', DATE '2022-12-31',
                                :status, :percent, :reports, 0, now(), now())""")
                .setParameter("id", id).setParameter("document", document).setParameter("issuer", issuer)
                .setParameter("lead", lead).setParameter("status", closed ? "DONE" : "NOT_STARTED")
                .setParameter("percent", closed ? 100 : 0).setParameter("reports", closed ? 1 : 0).executeUpdate();
        if (closed) {
            entityManager.createNativeQuery("""
                            INSERT INTO follow_up_task_report (id, task_id, sequence, percent, status, text, reported_by,
                                reported_at)
                            VALUES (:report, :id, 1, 100, 'DONE', 'Xong', 'test', now())""")
                    .setParameter("report", report).setParameter("id", id).executeUpdate();
            entityManager.createNativeQuery("""
                            UPDATE follow_up_task SET closed_at = now(), closed_by = 'test', closing_report_id = :report
                            WHERE id = :id""")
                    .setParameter("report", report).setParameter("id", id).executeUpdate();
        }
        coordinators.forEach(org -> entityManager.createNativeQuery(
                        "INSERT INTO follow_up_task_coordinator (task_id, organization_id) VALUES (:id, :org)")
                .setParameter("id", id).setParameter("org", org).executeUpdate());
        return id;
    }

    @Transactional
    public UUID column(String column, UUID id) {
        return (UUID) entityManager.createNativeQuery("SELECT " + column + " FROM follow_up_task WHERE id = :id")
                .setParameter("id", id).getSingleResult();
    }

    @Transactional
    public Set<UUID> coordinators(UUID id) {
        return new TreeSet<>(entityManager.createNativeQuery(
                        "SELECT organization_id FROM follow_up_task_coordinator WHERE task_id = :id", UUID.class)
                .setParameter("id", id).getResultList());
    }

    @Transactional
    public List<String> history(UUID id, String action) {
        return entityManager.createNativeQuery("""
                        SELECT actor || ' ' || changes::text FROM audit_log WHERE entity_type = 'follow-up-task'
                          AND entity_id = :id AND action = :action ORDER BY id""", String.class)
                .setParameter("id", id.toString()).setParameter("action", action).getResultList();
    }
}
