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
import vn.party.common.time.PartyClock;

/**
 * Supervisions have no status: one is open while its period has not ended (period_to today or later, in Vietnam).
 * Its target or supervising organization moves; a moved target takes the successor's chain as its scope rows.
 */
@ApplicationScoped
public class OpenSupervisions implements OpenRecords {

    @Inject
    EntityManager entityManager;

    @Inject
    ScopeRows scopeRows;

    @Override
    public String kind() {
        return "SUPERVISION";
    }

    @Override
    public String auditType() {
        return "supervision";
    }

    private static String open() {
        return "period_to >= DATE '" + PartyClock.date() + "'";
    }

    @Override
    public List<UUID> openHeldBy(UUID organizationId) {
        return ColumnMoves.ids(entityManager, "SELECT id FROM supervision WHERE (target_organization_id = :org"
                + " OR inspecting_organization_id = :org) AND " + open() + " ORDER BY id", organizationId);
    }

    @Override
    public Map<String, AuditTrail.Change> move(UUID recordId, UUID from, UUID to, LocalDate effectiveOn) {
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("target_organization_id", "targetOrganizationId");
        columns.put("inspecting_organization_id", "inspectingOrganizationId");
        ColumnMoves.move(entityManager, "supervision", columns, open(), recordId, from, to, changes);
        if (changes.containsKey("targetOrganizationId")) {
            changes.put("scope", new AuditTrail.Change(null,
                    scopeRows.replace("supervision_scope", "supervision_id", recordId, to, effectiveOn)));
        }
        return changes;
    }
}
