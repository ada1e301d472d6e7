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
 * Discipline cases still OPEN (not DECIDED) whose scope organization (the member's organization when opened, or the
 * target organization) is the predecessor: the scope organization and the case's scope rows move to the successor.
 */
@ApplicationScoped
public class OpenDisciplineCases implements OpenRecords {

    private static final String OPEN = "status = 'OPEN'";

    @Inject
    EntityManager entityManager;

    @Inject
    ScopeRows scopeRows;

    @Override
    public String kind() {
        return "DISCIPLINE_CASE";
    }

    @Override
    public String auditType() {
        return "discipline-case";
    }

    @Override
    public List<UUID> openHeldBy(UUID organizationId) {
        return ColumnMoves.ids(entityManager,
                "SELECT id FROM discipline_case WHERE scope_organization_id = :org AND " + OPEN + " ORDER BY id",
                organizationId);
    }

    @Override
    public Map<String, AuditTrail.Change> move(UUID recordId, UUID from, UUID to, LocalDate effectiveOn) {
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        ColumnMoves.move(entityManager, "discipline_case", Map.of("scope_organization_id", "scopeOrganizationId"), OPEN,
                recordId, from, to, changes);
        if (!changes.isEmpty()) {
            changes.put("scope", new AuditTrail.Change(null,
                    scopeRows.replace("discipline_case_scope", "case_id", recordId, to, effectiveOn)));
        }
        return changes;
    }
}
