package vn.party.inspection.restructuring;

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
 * Programme items not yet done (any step but CONCLUDED, CONCLUSION_NOTIFIED, CANCELLED) targeting the predecessor.
 * The programme itself stays with the body that adopted it.
 */
@ApplicationScoped
public class OpenPlanItems implements OpenRecords {

    private static final String OPEN = "step NOT IN ('CONCLUDED', 'CONCLUSION_NOTIFIED', 'CANCELLED')";

    @Inject
    EntityManager entityManager;

    @Override
    public String kind() {
        return "PLAN_ITEM";
    }

    @Override
    public String auditType() {
        return "inspection-plan-item";
    }

    @Override
    public List<UUID> openHeldBy(UUID organizationId) {
        return ColumnMoves.ids(entityManager, "SELECT id FROM inspection_plan_item WHERE target_organization_id = :org"
                + " AND " + OPEN + " ORDER BY id", organizationId);
    }

    @Override
    public Map<String, AuditTrail.Change> move(UUID recordId, UUID from, UUID to, LocalDate effectiveOn) {
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        ColumnMoves.move(entityManager, "inspection_plan_item", Map.of("target_organization_id", "targetOrganizationId"),
                OPEN, recordId, from, to, changes);
        return changes;
    }
}
