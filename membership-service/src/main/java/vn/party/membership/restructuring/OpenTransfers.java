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
import vn.party.membership.transfer.TransferStatus;

/** Transfers IN_PROGRESS whose sending or receiving side is the organization (each side that names it moves). */
@ApplicationScoped
public class OpenTransfers implements OpenRecords {

    @Inject
    EntityManager entityManager;

    @Override
    public String kind() {
        return "TRANSFER";
    }

    @Override
    public String auditType() {
        return "transfer";
    }

    @Override
    public List<UUID> openHeldBy(UUID organizationId) {
        return entityManager.createNativeQuery("""
                        SELECT id FROM member_transfer WHERE status = :open
                          AND (from_organization_id = :org OR to_organization_id = :org)
                        ORDER BY id""", UUID.class)
                .setParameter("open", TransferStatus.IN_PROGRESS.name()).setParameter("org", organizationId)
                .getResultList();
    }

    @Override
    public Map<String, AuditTrail.Change> move(UUID recordId, UUID from, UUID to, LocalDate effectiveOn) {
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        for (String side : List.of("from", "to")) {
            int updated = entityManager.createNativeQuery("UPDATE member_transfer SET " + side
                            + "_organization_id = :to, version = version + 1, updated_at = now()"
                            + " WHERE id = :id AND status = :open AND " + side + "_organization_id = :from")
                    .setParameter("to", to).setParameter("id", recordId).setParameter("from", from)
                    .setParameter("open", TransferStatus.IN_PROGRESS.name()).executeUpdate();
            if (updated == 1) {
                changes.put(side + "OrganizationId", new AuditTrail.Change(from, to));
            }
        }
        return changes;
    }
}
