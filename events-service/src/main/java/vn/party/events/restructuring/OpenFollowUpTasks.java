package vn.party.events.restructuring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.persistence.restructuring.OpenRecords;

/**
 * Follow-up tasks not yet closed (closed_at null) that name the predecessor as lead, issuer (who confirms closure)
 * or coordinator: each of those places moves to the successor.
 */
@ApplicationScoped
public class OpenFollowUpTasks implements OpenRecords {

    @Inject
    EntityManager entityManager;

    @Override
    public String kind() {
        return "FOLLOW_UP_TASK";
    }

    @Override
    public String auditType() {
        return "follow-up-task";
    }

    @Override
    public List<UUID> openHeldBy(UUID organizationId) {
        return entityManager.createNativeQuery("""
                        SELECT t.id FROM follow_up_task t WHERE t.closed_at IS NULL
                          AND (t.lead_organization_id = :org OR t.issuer_id = :org OR EXISTS (
                               SELECT 1 FROM follow_up_task_coordinator c WHERE c.task_id = t.id
                                 AND c.organization_id = :org))
                        ORDER BY t.id""", UUID.class)
                .setParameter("org", organizationId).getResultList();
    }

    @Override
    public Map<String, AuditTrail.Change> move(UUID recordId, UUID from, UUID to, LocalDate effectiveOn) {
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        for (Map.Entry<String, String> column : Map.of("lead_organization_id", "leadOrganizationId",
                "issuer_id", "issuerId").entrySet()) {
            int updated = entityManager.createNativeQuery("UPDATE follow_up_task SET " + column.getKey() + " = :to,"
                            + " version = version + 1, updated_at = now()"
                            + " WHERE id = :id AND closed_at IS NULL AND " + column.getKey() + " = :from")
                    .setParameter("to", to).setParameter("id", recordId).setParameter("from", from).executeUpdate();
            if (updated == 1) {
                changes.put(column.getValue(), new AuditTrail.Change(from, to));
            }
        }
        int coordinators = entityManager.createNativeQuery("""
                        DELETE FROM follow_up_task_coordinator c USING follow_up_task t
                        WHERE c.task_id = :id AND c.organization_id = :from AND t.id = c.task_id
                          AND t.closed_at IS NULL""")
                .setParameter("id", recordId).setParameter("from", from).executeUpdate();
        if (coordinators == 1) {
            entityManager.createNativeQuery("""
                            INSERT INTO follow_up_task_coordinator (task_id, organization_id) VALUES (:id, :to)
                            ON CONFLICT DO NOTHING""")
                    .setParameter("id", recordId).setParameter("to", to).executeUpdate();
            changes.put("coordinatorOrganizationId", new AuditTrail.Change(from, to));
        }
        return changes;
    }
}
