package vn.party.replica;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.party.common.time.PartyClock;
import vn.party.contracts.organization.OrganizationFeed;

/**
 * The replica's tables ({@code db/replica}): applying feed batches, the cursor, and the reset of a rebuild. One
 * batch is one transaction: the cursor row is locked, entries after it are applied ("replace what is held for this
 * organization"), {@link OrganizationSucceeded} is fired for successions not held before, and the cursor moves;
 * all commit together, so a failure leaves the cursor where it was and the batch is read again.
 */
@ApplicationScoped
public class ReplicaStore {

    static final String FEED = "organization";
    static final String DISSOLVED = "DISSOLVED";
    static final String DISSOLVE = "DISSOLVE";
    private static final Logger LOG = Logger.getLogger(ReplicaStore.class);

    @Inject
    DataSource dataSource;

    @Inject
    PartyClock clock;

    @Inject
    Event<OrganizationSucceeded> succeeded;

    /** What applying one batch did. */
    public record Applied(int entries, int skipped, int successionsFired, ReplicaCursor cursor, boolean stale) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReplicaCursor cursor() {
        try (Connection connection = dataSource.getConnection()) {
            return cursor(connection, false);
        } catch (SQLException e) {
            throw new IllegalStateException("The replica cursor cannot be read", e);
        }
    }

    /**
     * Applies a batch read at {@code generation}; a rebuild since then makes it stale (nothing applied). Entries at
     * or before the cursor were applied already and are skipped.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Applied apply(long generation, OrganizationFeed feed) {
        try (Connection connection = dataSource.getConnection()) {
            ReplicaCursor cursor = cursor(connection, true);
            if (cursor.generation() != generation) {
                return new Applied(0, feed.entries().size(), 0, cursor, true);
            }
            long position = cursor.position();
            int applied = 0;
            int fired = 0;
            for (OrganizationFeed.Entry entry : feed.entries()) {
                if (entry.position() <= position) {
                    continue;
                }
                fired += apply(connection, entry);
                position = entry.position();
                applied++;
            }
            long head = Math.max(feed.head(), position);
            Instant now = clock.now();
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE replica_cursor SET position = ?, head = ?, last_success_at = ?, updated_at = ?
                    WHERE feed = ?""")) {
                update.setLong(1, position);
                update.setLong(2, head);
                update.setTimestamp(3, Timestamp.from(now));
                update.setTimestamp(4, Timestamp.from(now));
                update.setString(5, FEED);
                update.executeUpdate();
            }
            return new Applied(applied, feed.entries().size() - applied, fired,
                    new ReplicaCursor(position, generation, head, now), false);
        } catch (SQLException e) {
            throw new IllegalStateException("The organization feed batch cannot be applied", e);
        }
    }

    /** Empties the replica and resets the cursor to 0 (a new generation): the next polls replay the whole feed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReplicaCursor reset() {
        try (Connection connection = dataSource.getConnection()) {
            ReplicaCursor before = cursor(connection, true);
            try (PreparedStatement periods = connection.prepareStatement("DELETE FROM replica_organization_period");
                 PreparedStatement successions = connection.prepareStatement(
                         "DELETE FROM replica_organization_succession");
                 PreparedStatement update = connection.prepareStatement("""
                         UPDATE replica_cursor SET position = 0, generation = generation + 1, updated_at = ?
                         WHERE feed = ?""")) {
                periods.executeUpdate();
                successions.executeUpdate();
                update.setTimestamp(1, Timestamp.from(clock.now()));
                update.setString(2, FEED);
                update.executeUpdate();
            }
            return new ReplicaCursor(0, before.generation() + 1, before.head(), before.lastSuccessAt());
        } catch (SQLException e) {
            throw new IllegalStateException("The replica cannot be reset", e);
        }
    }

    /** Replaces the organization's periods and successions; fires the event for successions it did not hold. */
    private int apply(Connection connection, OrganizationFeed.Entry entry) throws SQLException {
        UUID id = entry.organizationId();
        boolean dissolvedBefore = dissolved(connection, id);
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM replica_organization_period WHERE organization_id = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO replica_organization_period (organization_id, valid_from, valid_to, parent_id, code, name,
                                                         type, status, change_kind)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (organization_id, valid_from) DO UPDATE SET valid_to = excluded.valid_to,
                    parent_id = excluded.parent_id, code = excluded.code, name = excluded.name, type = excluded.type,
                    status = excluded.status, change_kind = excluded.change_kind""")) {
            for (OrganizationFeed.Period period : entry.periods() == null ? List.<OrganizationFeed.Period>of()
                    : entry.periods()) {
                if (period.validFrom() == null
                        || period.validTo() != null && !period.validTo().isAfter(period.validFrom())) {
                    continue; // a zero-length period answers no "as of" question
                }
                insert.setObject(1, id);
                insert.setDate(2, Date.valueOf(period.validFrom()));
                insert.setDate(3, period.validTo() == null ? null : Date.valueOf(period.validTo()));
                insert.setObject(4, period.parentId());
                insert.setString(5, period.code());
                insert.setString(6, period.name());
                insert.setString(7, period.type());
                insert.setString(8, period.status());
                insert.setString(9, period.changeKind());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Set<UUID> held = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT successor_id FROM replica_organization_succession WHERE predecessor_id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    held.add(rows.getObject(1, UUID.class));
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM replica_organization_succession WHERE predecessor_id = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
        }
        Map<String, List<UUID>> fresh = new LinkedHashMap<>();
        Map<String, OrganizationFeed.Succession> firstOfGroup = new LinkedHashMap<>();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO replica_organization_succession (predecessor_id, successor_id, kind, effective_on, position)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (predecessor_id, successor_id) DO NOTHING""")) {
            for (OrganizationFeed.Succession succession : entry.successions() == null
                    ? List.<OrganizationFeed.Succession>of() : entry.successions()) {
                if (!id.equals(succession.predecessorId()) || succession.successorId() == null
                        || id.equals(succession.successorId())) {
                    LOG.warnf("Feed position %d: succession %s ignored (not this organization's)", entry.position(),
                            succession);
                    continue;
                }
                insert.setObject(1, id);
                insert.setObject(2, succession.successorId());
                insert.setString(3, succession.kind());
                insert.setDate(4, Date.valueOf(succession.effectiveOn()));
                insert.setLong(5, entry.position());
                insert.addBatch();
                if (!held.contains(succession.successorId())) {
                    String group = succession.kind() + "@" + succession.effectiveOn();
                    fresh.computeIfAbsent(group, g -> new ArrayList<>()).add(succession.successorId());
                    firstOfGroup.putIfAbsent(group, succession);
                }
            }
            insert.executeBatch();
        }
        fresh.forEach((group, successors) -> {
            OrganizationFeed.Succession first = firstOfGroup.get(group);
            succeeded.fire(new OrganizationSucceeded(id, List.copyOf(successors), first.kind(), first.effectiveOn(),
                    entry.position()));
        });
        LocalDate dissolvedOn = dissolvedWithoutReceiver(entry);
        if (dissolvedOn != null && !dissolvedBefore) {
            // no successor to follow: the open records are listed for the bloc office (observers are idempotent)
            succeeded.fire(new OrganizationSucceeded(id, List.of(), DISSOLVE, dissolvedOn, entry.position()));
            return fresh.size() + 1;
        }
        return fresh.size();
    }

    /** The day the entry's organization was dissolved with nobody taking over; null otherwise. */
    private static LocalDate dissolvedWithoutReceiver(OrganizationFeed.Entry entry) {
        if (entry.successions() != null && !entry.successions().isEmpty() || entry.periods() == null) {
            return null;
        }
        return entry.periods().stream()
                .filter(period -> DISSOLVED.equals(period.status()) && period.validFrom() != null)
                .map(OrganizationFeed.Period::validFrom).min(LocalDate::compareTo).orElse(null);
    }

    private static boolean dissolved(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM replica_organization_period WHERE organization_id = ? AND status = ?")) {
            select.setObject(1, id);
            select.setString(2, DISSOLVED);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static ReplicaCursor cursor(Connection connection, boolean lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT position, generation, head, last_success_at FROM replica_cursor WHERE feed = ?"
                        + (lock ? " FOR UPDATE" : ""))) {
            select.setString(1, FEED);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No replica cursor row (migration db/replica not applied?)");
                }
                Timestamp last = row.getTimestamp(4);
                return new ReplicaCursor(row.getLong(1), row.getLong(2), row.getLong(3),
                        last == null ? null : last.toInstant());
            }
        }
    }

    static LocalDate date(Date value) {
        return value == null ? null : value.toLocalDate();
    }
}
