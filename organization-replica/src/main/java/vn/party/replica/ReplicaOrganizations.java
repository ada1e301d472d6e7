package vn.party.replica;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * An organization's record (name, code, type, status, parent) as the replica holds it on a date, read from the local
 * tables: request paths that need an organization's name or type ask here, never membership.
 */
@ApplicationScoped
public class ReplicaOrganizations {

    private static final String ON = """
            SELECT p.code, p.name, p.type, p.status, p.parent_id, p.valid_from, p.valid_to
            FROM replica_organization_period p
            WHERE p.organization_id = ? AND p.valid_from <= ? AND (p.valid_to IS NULL OR p.valid_to > ?)""";

    @Inject
    DataSource dataSource;

    /** The organization on today's date in Vietnam; empty when the replica holds no period of it covering today. */
    public Optional<OrganizationPeriod> today(UUID organizationId) {
        return on(organizationId, ReplicaOrganizationTimeline.today());
    }

    /** The organization's period covering {@code date}; empty when the replica holds none (unknown, or not yet). */
    public Optional<OrganizationPeriod> on(UUID organizationId, LocalDate date) {
        if (organizationId == null || date == null) {
            return Optional.empty();
        }
        Date day = Date.valueOf(date);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(ON)) {
            select.setObject(1, organizationId);
            select.setDate(2, day);
            select.setDate(3, day);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Date to = row.getDate(7);
                return Optional.of(new OrganizationPeriod(organizationId, row.getString(1), row.getString(2),
                        row.getString(3), row.getString(4), row.getObject(5, UUID.class), row.getDate(6).toLocalDate(),
                        to == null ? null : to.toLocalDate()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The organization replica cannot be read", e);
        }
    }
}
