package vn.party.membership.restructuring;

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
import vn.party.membership.admission.CandidateStage;

/** Candidates still in the admission pipeline (any stage but ADMITTED, REJECTED, WITHDRAWN). */
@ApplicationScoped
public class OpenCandidates implements OpenRecords {

    static final List<String> CLOSED = List.of(CandidateStage.ADMITTED.name(), CandidateStage.REJECTED.name(),
            CandidateStage.WITHDRAWN.name());

    @Inject
    EntityManager entityManager;

    @Override
    public String kind() {
        return "CANDIDATE";
    }

    @Override
    public String auditType() {
        return "candidate";
    }

    @Override
    public List<UUID> openHeldBy(UUID organizationId) {
        return entityManager.createNativeQuery("""
                        SELECT id FROM candidate WHERE organization_id = :org AND stage NOT IN (:closed)
                        ORDER BY id""", UUID.class)
                .setParameter("org", organizationId).setParameter("closed", CLOSED).getResultList();
    }

    @Override
    public Map<String, AuditTrail.Change> move(UUID recordId, UUID from, UUID to, LocalDate effectiveOn) {
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        int updated = entityManager.createNativeQuery("""
                        UPDATE candidate SET organization_id = :to, version = version + 1, updated_at = now()
                        WHERE id = :id AND organization_id = :from""")
                .setParameter("to", to).setParameter("id", recordId).setParameter("from", from).executeUpdate();
        if (updated == 1) {
            changes.put("organizationId", new AuditTrail.Change(from, to));
        }
        return changes;
    }
}
