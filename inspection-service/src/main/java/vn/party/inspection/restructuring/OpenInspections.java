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
 * Inspections not yet NOTIFIED (PREPARING, IN_PROGRESS, CONCLUDED) whose target organization (for a member target:
 * the member's organization when opened) or inspecting organization is the predecessor. A moved target takes the
 * successor's chain as its scope rows.
 */
@ApplicationScoped
public class OpenInspections implements OpenRecords {

    private static final String OPEN = "status <> 'NOTIFIED'";

    @Inject
    EntityManager entityManager;

    @Inject
    ScopeRows scopeRows;

    @Override
    public String kind() {
        return "INSPECTION";
    }

    @Override
    public String auditType() {
        return "inspection";
    }

    @Override
    public List<UUID> openHeldBy(UUID organizationId) {
        return ColumnMoves.ids(entityManager, "SELECT id FROM inspection WHERE (target_organization_id = :org"
                + " OR inspecting_organization_id = :org) AND " + OPEN + " ORDER BY id", organizationId);
    }

    @Override
    public Map<String, AuditTrail.Change> move(UUID recordId, UUID from, UUID to, LocalDate effectiveOn) {
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("target_organization_id", "targetOrganizationId");
        columns.put("inspecting_organization_id", "inspectingOrganizationId");
        ColumnMoves.move(entityManager, "inspection", columns, OPEN, recordId, from, to, changes);
        if (changes.containsKey("targetOrganizationId")) {
            changes.put("scope", new AuditTrail.Change(null,
                    scopeRows.replace("inspection_scope", "inspection_id", recordId, to, effectiveOn)));
        }
        return changes;
    }
}
