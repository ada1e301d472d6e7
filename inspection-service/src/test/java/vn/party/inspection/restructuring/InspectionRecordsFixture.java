package vn.party.inspection.restructuring;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Open and closed records straight in the tables, and what the succession made of them. */
@ApplicationScoped
public class InspectionRecordsFixture {

    @Inject
    EntityManager entityManager;

    @Transactional
    public UUID openCase(UUID organization, List<UUID> scope) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        INSERT INTO discipline_case (id, target_kind, target_member_id, scope_organization_id,
                            violation_description, violation_date, proposed_form, status, version, created_at, updated_at)
                        VALUES (:id, 'MEMBER', :member, :org, 'Vi phạm', DATE '2022-01-10', 'REPRIMAND', 'OPEN', 0,
                                now(), now())""")
                .setParameter("id", id).setParameter("member", UUID.randomUUID()).setParameter("org", organization)
                .executeUpdate();
        scope.forEach(org -> entityManager.createNativeQuery(
                        "INSERT INTO discipline_case_scope (case_id, organization_id) VALUES (:id, :org)")
                .setParameter("id", id).setParameter("org", org).executeUpdate());
        return id;
    }

    /** An inspection of {@code target} by {@code body}: PREPARING, or NOTIFIED (closed). */
    @Transactional
    public UUID inspection(UUID body, UUID target, boolean notified) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        INSERT INTO inspection (id, kind, inspecting_organization_id, inspecting_body, target_kind,
                            target_organization_id, subject, content, status, last_step, last_step_date, decision_date,
                            outcome, version, created_at, updated_at)
                        VALUES (:id, 'COMPLIANCE', :body, 'INSPECTION_COMMITTEE', 'ORGANIZATION', :target, 'Kiểm tra',
                                'Nội dung', :status, :step, :day, :day, :outcome, 0, now(), now())""")
                .setParameter("id", id).setParameter("body", body).setParameter("target", target)
                .setParameter("status", notified ? "NOTIFIED" : "PREPARING")
                .setParameter("step", notified ? "CONCLUSION_NOTICE" : null)
                .setParameter("day", notified ? LocalDate.of(2022, 2, 1) : null)
                .setParameter("outcome", notified ? "NO_VIOLATION" : null)
                .executeUpdate();
        entityManager.createNativeQuery("INSERT INTO inspection_scope (inspection_id, organization_id) VALUES (:id, :org)")
                .setParameter("id", id).setParameter("org", target).executeUpdate();
        return id;
    }

    @Transactional
    public UUID supervision(UUID body, UUID target, LocalDate periodTo) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        INSERT INTO supervision (id, kind, inspecting_organization_id, inspecting_body, target_kind,
                            target_organization_id, subject, content, period_from, period_to, version, created_at,
                            updated_at)
                        VALUES (:id, 'REGULAR', :body, 'INSPECTION_COMMITTEE', 'ORGANIZATION', :target, 'Giám sát',
                                'Nội dung', DATE '2020-01-01', :to, 0, now(), now())""")
                .setParameter("id", id).setParameter("body", body).setParameter("target", target)
                .setParameter("to", periodTo).executeUpdate();
        entityManager.createNativeQuery("INSERT INTO supervision_scope (supervision_id, organization_id) VALUES (:id, :org)")
                .setParameter("id", id).setParameter("org", target).executeUpdate();
        return id;
    }

    /** A programme item targeting {@code target}, PLANNED or CANCELLED. */
    @Transactional
    public UUID planItem(UUID body, UUID target, boolean cancelled) {
        UUID plan = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        INSERT INTO inspection_plan (id, inspecting_organization_id, inspecting_body, plan_year, title,
                            version, created_at, updated_at)
                        VALUES (:id, :body, 'INSPECTION_COMMITTEE', :year, 'Chương trình', 0, now(), now())""")
                .setParameter("id", plan).setParameter("body", body)
                .setParameter("year", 1930 + (int) (Math.abs(plan.getMostSignificantBits()) % 270)).executeUpdate();
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        INSERT INTO inspection_plan_item (id, plan_id, kind, subject, target_organization_id,
                            planned_month, step, cancel_reason, version, created_at, updated_at)
                        VALUES (:id, :plan, 'COMPLIANCE', 'Kiểm tra', :target, 5, :step, :reason, 0, now(), now())""")
                .setParameter("id", id).setParameter("plan", plan).setParameter("target", target)
                .setParameter("step", cancelled ? "CANCELLED" : "PLANNED")
                .setParameter("reason", cancelled ? "Không thực hiện" : null).executeUpdate();
        return id;
    }

    @Transactional
    public UUID column(String table, String column, UUID id) {
        return (UUID) entityManager.createNativeQuery("SELECT " + column + " FROM " + table + " WHERE id = :id")
                .setParameter("id", id).getSingleResult();
    }

    @Transactional
    public Set<UUID> scope(String table, String recordColumn, UUID id) {
        List<UUID> rows = entityManager.createNativeQuery("SELECT organization_id FROM " + table + " WHERE "
                + recordColumn + " = :id", UUID.class).setParameter("id", id).getResultList();
        return new TreeSet<>(rows);
    }

    /** The record's history entries of one action: "actor changes-json", oldest first. */
    @Transactional
    public List<String> history(String type, UUID id, String action) {
        return entityManager.createNativeQuery("""
                        SELECT actor || ' ' || changes::text FROM audit_log WHERE entity_type = :type
                          AND entity_id = :id AND action = :action ORDER BY id""", String.class)
                .setParameter("type", type).setParameter("id", id.toString()).setParameter("action", action)
                .getResultList();
    }
}
