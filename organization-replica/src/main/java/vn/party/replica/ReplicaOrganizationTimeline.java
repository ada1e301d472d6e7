package vn.party.replica;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.party.common.time.PartyClock;

/**
 * The organization tree as this service's replica holds it ({@code db/replica}), on any date, answered by SQL on the
 * local tables: no call to membership. This is the service's {@code OrganizationHierarchy}: scope checks
 * ({@code ScopeGuard}) ask {@link #ancestry(UUID)}, the chain on today's date in Vietnam.
 */
@ApplicationScoped
public class ReplicaOrganizationTimeline implements OrganizationTimeline {

    /** Statuses of a period after the organization ceased: it no longer has a place of its own in the tree. */
    static final String CEASED = "('MERGED', 'SPLIT', 'DISSOLVED')";
    private static final int MAX_DEPTH = 100;

    private static final String COVERS = "p.valid_from <= ? AND (p.valid_to IS NULL OR p.valid_to > ?)";

    private static final String ANCESTRY = """
            WITH RECURSIVE chain(id, parent_id, depth) AS (
                SELECT p.organization_id, p.parent_id, 0 FROM replica_organization_period p
                WHERE p.organization_id = ? AND %1$s
                UNION ALL
                SELECT p.organization_id, p.parent_id, c.depth + 1
                FROM chain c JOIN replica_organization_period p ON p.organization_id = c.parent_id AND %1$s
                WHERE c.depth < %2$d AND c.parent_id IS NOT NULL AND c.parent_id <> c.id
            )
            SELECT id, parent_id FROM chain ORDER BY depth""".formatted(COVERS, MAX_DEPTH);

    private static final String SUBTREE = """
            WITH RECURSIVE tree(id, depth) AS (
                SELECT DISTINCT organization_id, 0 FROM replica_organization_period WHERE organization_id = ?
                UNION ALL
                SELECT p.organization_id, t.depth + 1
                FROM tree t JOIN replica_organization_period p ON p.parent_id = t.id AND %1$s
                WHERE t.depth < %2$d AND p.organization_id <> t.id AND p.status NOT IN %3$s
                  AND NOT EXISTS (SELECT 1 FROM replica_organization_succession s
                                  WHERE s.predecessor_id = p.organization_id AND s.effective_on <= ?)
            ),
            counted(id, depth) AS (
                SELECT id, 0 FROM tree
                UNION ALL
                SELECT s.predecessor_id, c.depth + 1
                FROM counted c JOIN replica_organization_succession s ON s.successor_id = c.id AND s.effective_on <= ?
                WHERE c.depth < %2$d
            )
            SELECT DISTINCT id FROM counted""".formatted(COVERS, MAX_DEPTH, CEASED);

    @Inject
    DataSource dataSource;

    /** Today in Vietnam: the date scope checks judge the tree by. */
    public static LocalDate today() {
        return PartyClock.date();
    }

    @Override
    public Optional<List<UUID>> ancestry(UUID organizationId) {
        return ancestryOn(organizationId, today());
    }

    @Override
    public Optional<List<UUID>> ancestryOn(UUID organizationId, LocalDate date) {
        if (organizationId == null || date == null) {
            return Optional.empty();
        }
        Date day = Date.valueOf(date);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(ANCESTRY)) {
            select.setObject(1, organizationId);
            select.setDate(2, day);
            select.setDate(3, day);
            select.setDate(4, day);
            select.setDate(5, day);
            List<UUID> chain = new ArrayList<>();
            UUID lastParent = null;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject(1, UUID.class);
                    if (chain.contains(id)) {
                        break; // a cycle in the data: the chain so far
                    }
                    chain.add(id);
                    lastParent = rows.getObject(2, UUID.class);
                }
            }
            if (chain.isEmpty()) {
                return Optional.empty();
            }
            // a parent whose own entry has not arrived yet still bounds the chain
            if (lastParent != null && !chain.contains(lastParent)) {
                chain.add(lastParent);
            }
            return Optional.of(List.copyOf(chain));
        } catch (SQLException e) {
            throw new IllegalStateException("The organization replica cannot be read", e);
        }
    }

    @Override
    public Set<UUID> subtreeOn(UUID root, LocalDate date) {
        if (root == null || date == null) {
            return Set.of();
        }
        Date day = Date.valueOf(date);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SUBTREE)) {
            select.setObject(1, root);
            select.setDate(2, day);
            select.setDate(3, day);
            select.setDate(4, day);
            select.setDate(5, day);
            Set<UUID> ids = new LinkedHashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return Set.copyOf(ids);
        } catch (SQLException e) {
            throw new IllegalStateException("The organization replica cannot be read", e);
        }
    }
}
