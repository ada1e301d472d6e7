package vn.party.membership.changes;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes a CREATED change-log row for every organization and member that has none: for data loaded past the services
 * (the demo register's bulk load), so that a feed read from the beginning still yields the whole register. Numbers
 * come from the counter as in {@link ChangeLog}; runs in the caller's JDBC transaction.
 */
public final class ChangeLogBackfill {

    private static final String ORGANIZATIONS = """
            WITH rows AS (
                SELECT o.id, o.parent_id, o.founded_on, o.created_at, %s AS snapshot,
                       organization_ancestry(o.id) AS ancestry
                FROM organization o
                WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.resource_id = o.id)),
            counter AS (
                UPDATE change_counter SET value = value + (SELECT count(*) FROM rows) WHERE id = 1 RETURNING value)
            INSERT INTO change_log (sequence, resource_type, resource_id, organization_id, change, effective_date,
                                    occurred_at, actor, payload, ancestry)
            SELECT (SELECT value FROM counter) - (SELECT count(*) FROM rows)
                       + row_number() OVER (ORDER BY r.created_at, r.id),
                   'ORGANIZATION', r.id, r.parent_id, 'CREATED', r.founded_on, now(), 'bulk-load',
                   jsonb_build_object('snapshot', r.snapshot, 'details', '{}'::jsonb), r.ancestry
            FROM rows r""".formatted(ChangeLog.ORGANIZATION_SNAPSHOT);

    private static final String MEMBERS = """
            WITH rows AS (
                SELECT m.id, m.organization_id, m.admission_date, m.created_at, %s AS snapshot,
                       organization_ancestry(m.organization_id) AS ancestry
                FROM member m
                WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.resource_id = m.id)),
            counter AS (
                UPDATE change_counter SET value = value + (SELECT count(*) FROM rows) WHERE id = 1 RETURNING value)
            INSERT INTO change_log (sequence, resource_type, resource_id, organization_id, change, effective_date,
                                    occurred_at, actor, payload, ancestry)
            SELECT (SELECT value FROM counter) - (SELECT count(*) FROM rows)
                       + row_number() OVER (ORDER BY r.created_at, r.id),
                   'MEMBER', r.id, r.organization_id, 'CREATED', r.admission_date, now(), 'bulk-load',
                   jsonb_build_object('snapshot', r.snapshot, 'details', '{}'::jsonb), r.ancestry
            FROM rows r""".formatted(ChangeLog.MEMBER_SNAPSHOT);

    private ChangeLogBackfill() {
    }

    /** @return how many rows were written */
    public static int run(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(ORGANIZATIONS) + statement.executeUpdate(MEMBERS);
        }
    }
}
