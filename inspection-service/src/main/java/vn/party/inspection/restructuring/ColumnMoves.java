package vn.party.inspection.restructuring;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import vn.party.common.persistence.AuditTrail;

/** Moves the organization columns of one row that name the predecessor, each recorded as a before/after change. */
final class ColumnMoves {

    private ColumnMoves() {
    }

    /**
     * @param columns SQL column → audit field name
     * @param open    the SQL condition that keeps the row open (the move is a no-op on a closed one)
     */
    static void move(EntityManager entityManager, String table, Map<String, String> columns, String open, UUID id,
            UUID from, UUID to, Map<String, AuditTrail.Change> changes) {
        for (Map.Entry<String, String> column : columns.entrySet()) {
            int updated = entityManager.createNativeQuery("UPDATE " + table + " SET " + column.getKey() + " = :to,"
                            + " version = version + 1, updated_at = now()"
                            + " WHERE id = :id AND " + column.getKey() + " = :from AND " + open)
                    .setParameter("to", to).setParameter("id", id).setParameter("from", from).executeUpdate();
            if (updated == 1) {
                changes.put(column.getValue(), new AuditTrail.Change(from, to));
            }
        }
    }

    static List<UUID> ids(EntityManager entityManager, String sql, UUID organization) {
        return entityManager.createNativeQuery(sql, UUID.class).setParameter("org", organization).getResultList();
    }
}
