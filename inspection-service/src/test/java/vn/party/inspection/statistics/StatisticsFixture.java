package vn.party.inspection.statistics;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Writes a year's records straight into the tables with JDBC batches (hundreds of rows in well under a second), shaped
 * exactly like the services write them: each record with its scope rows (its organization and all ancestors).
 */
final class StatisticsFixture implements AutoCloseable {

    static final UUID DISCIPLINE_POLICY = UUID.fromString("00000000-0000-4000-8000-00000000d296");
    static final UUID DENUNCIATION_POLICY = UUID.fromString("00000000-0000-4000-8000-00000000d022");

    private final Connection connection;
    private final PreparedStatement inspection;
    private final PreparedStatement inspectionScope;
    private final PreparedStatement supervision;
    private final PreparedStatement supervisionScope;

    StatisticsFixture(DataSource dataSource) throws SQLException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        inspection = connection.prepareStatement("insert into inspection (id, kind, inspecting_organization_id, inspecting_body,"
                + " target_kind, target_organization_id, target_member_id, subject, content, status, last_step, last_step_date,"
                + " decision_date, outcome, version, created_at, updated_at) values (?, ?, ?, 'INSPECTION_COMMITTEE', ?, ?, ?,"
                + " 'Kiểm tra', 'Nội dung', ?, ?, ?, ?, ?, 0, ?, ?)");
        inspectionScope = connection.prepareStatement("insert into inspection_scope (inspection_id, organization_id) values (?, ?)");
        supervision = connection.prepareStatement("insert into supervision (id, kind, inspecting_organization_id, inspecting_body,"
                + " target_kind, target_organization_id, target_member_id, subject, content, period_from, period_to, version,"
                + " created_at, updated_at) values (?, 'REGULAR', ?, 'COMMITTEE', ?, ?, ?, 'Giám sát', 'Nội dung', ?, ?, 0, ?, ?)");
        supervisionScope = connection.prepareStatement("insert into supervision_scope (supervision_id, organization_id) values (?, ?)");
    }

    /** An inspection of an organization (member null) or a member of it, decided on {@code decided} (null: not yet). */
    void inspection(String kind, UUID inspectingOrganization, List<UUID> targetAncestry, UUID member, LocalDate decided)
            throws SQLException {
        inspection(kind, inspectingOrganization, targetAncestry, member, decided, decided == null ? "PREPARING" : "IN_PROGRESS");
    }

    /** The same, in the given status (NOTIFIED: what a secretary may see). */
    void inspection(String kind, UUID inspectingOrganization, List<UUID> targetAncestry, UUID member, LocalDate decided,
            String status) throws SQLException {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        inspection.setObject(1, id);
        inspection.setString(2, kind);
        inspection.setObject(3, inspectingOrganization);
        inspection.setString(4, member == null ? "ORGANIZATION" : "MEMBER");
        inspection.setObject(5, targetAncestry.get(0));
        inspection.setObject(6, member);
        inspection.setString(7, status);
        inspection.setString(8, decided == null ? null : "DECISION");
        inspection.setDate(9, decided == null ? null : Date.valueOf(decided));
        inspection.setDate(10, decided == null ? null : Date.valueOf(decided));
        // a concluded or notified inspection has its outcome (a check constraint)
        inspection.setString(11, "CONCLUDED".equals(status) || "NOTIFIED".equals(status) ? "NO_VIOLATION" : null);
        inspection.setTimestamp(12, now);
        inspection.setTimestamp(13, now);
        inspection.addBatch();
        for (UUID scope : targetAncestry) {
            inspectionScope.setObject(1, id);
            inspectionScope.setObject(2, scope);
            inspectionScope.addBatch();
        }
    }

    void supervision(UUID inspectingOrganization, List<UUID> targetAncestry, UUID member, LocalDate from) throws SQLException {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        supervision.setObject(1, id);
        supervision.setObject(2, inspectingOrganization);
        supervision.setString(3, member == null ? "ORGANIZATION" : "MEMBER");
        supervision.setObject(4, targetAncestry.get(0));
        supervision.setObject(5, member);
        supervision.setDate(6, Date.valueOf(from));
        supervision.setDate(7, Date.valueOf(from.plusMonths(6)));
        supervision.setTimestamp(8, now);
        supervision.setTimestamp(9, now);
        supervision.addBatch();
        for (UUID scope : targetAncestry) {
            supervisionScope.setObject(1, id);
            supervisionScope.setObject(2, scope);
            supervisionScope.addBatch();
        }
    }

    /** A discipline case; decided with {@code form} on {@code decided} unless that is null (then open). Returns its id. */
    UUID disciplineCase(List<UUID> ancestry, UUID member, String form, LocalDate decided) throws SQLException {
        flush();
        UUID id = UUID.randomUUID();
        try (PreparedStatement s = connection.prepareStatement("insert into discipline_case (id, target_kind, target_member_id,"
                + " scope_organization_id, violation_description, violation_date, proposed_form, status, decided_form,"
                + " deciding_body_kind, deciding_organization_id, entitled_voters, votes_for, votes_against, decision_number,"
                + " decision_date, effective_date, policy_id, complaint_deadline, version, created_at, updated_at)"
                + " values (?, ?, ?, ?, 'Vi phạm', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, now(), now())")) {
            boolean isDecided = decided != null;
            s.setObject(1, id);
            s.setString(2, member == null ? "ORGANIZATION" : "MEMBER");
            s.setObject(3, member);
            s.setObject(4, ancestry.get(0));
            s.setDate(5, Date.valueOf(LocalDate.of(2020, 6, 1)));
            s.setString(6, form);
            s.setString(7, isDecided ? "DECIDED" : "OPEN");
            s.setString(8, isDecided ? form : null);
            s.setString(9, isDecided ? "INSPECTION_COMMITTEE" : null);
            s.setObject(10, isDecided ? ancestry.get(ancestry.size() - 1) : null);
            s.setObject(11, isDecided ? 9 : null);
            s.setObject(12, isDecided ? 7 : null);
            s.setObject(13, isDecided ? 0 : null);
            s.setString(14, isDecided ? "15-QĐ/UBKT" : null);
            s.setDate(15, isDecided ? Date.valueOf(decided) : null);
            s.setDate(16, isDecided ? Date.valueOf(decided) : null);
            s.setObject(17, isDecided ? DISCIPLINE_POLICY : null);
            s.setDate(18, isDecided ? Date.valueOf(decided.plusMonths(1)) : null);
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement("insert into discipline_case_scope (case_id, organization_id) values (?, ?)")) {
            for (UUID scope : ancestry) {
                s.setObject(1, id);
                s.setObject(2, scope);
                s.addBatch();
            }
            s.executeBatch();
        }
        return id;
    }

    void suspension(UUID member, UUID organization, LocalDate start) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("insert into suspension (id, member_id, scope_organization_id, reason,"
                + " decision_number, start_date, initial_days, total_days, end_date, policy_id, version, created_at, updated_at)"
                + " values (?, ?, ?, 'Để xem xét kỷ luật', '07-QĐ/UBKT', ?, 90, 90, ?, ?, 0, now(), now())")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, member);
            s.setObject(3, organization);
            s.setDate(4, Date.valueOf(start));
            s.setDate(5, Date.valueOf(start.plusDays(90)));
            s.setObject(6, DISCIPLINE_POLICY);
            s.executeUpdate();
        }
    }

    /** A complaint about {@code caseId}, filed on {@code filed}, resolved (upheld) on {@code resolved} unless null. */
    void complaint(UUID caseId, UUID member, UUID organization, LocalDate filed, LocalDate resolved) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("insert into discipline_complaint (id, case_id, member_id,"
                + " scope_organization_id, filed_by, filed_by_member, decision_received_date, filed_date, deadline, grounds,"
                + " handling_organization_id, policy_id, status, outcome, original_form, resolution_number, resolution_date,"
                + " version, created_at, updated_at) values (?, ?, ?, ?, 'Đảng viên', true, ?, ?, ?, 'Không đồng ý', ?, ?, ?, ?,"
                + " 'REPRIMAND', ?, ?, 0, now(), now())")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, caseId);
            s.setObject(3, member);
            s.setObject(4, organization);
            s.setDate(5, Date.valueOf(filed));
            s.setDate(6, Date.valueOf(filed));
            s.setDate(7, Date.valueOf(filed.plusMonths(1)));
            s.setObject(8, organization);
            s.setObject(9, DISCIPLINE_POLICY);
            s.setString(10, resolved == null ? "OPEN" : "RESOLVED");
            s.setString(11, resolved == null ? null : "UPHOLD");
            s.setString(12, resolved == null ? null : "20-QĐ/ĐU");
            s.setDate(13, resolved == null ? null : Date.valueOf(resolved));
            s.executeUpdate();
        }
    }

    /** A denunciation about an organization, received, resolved (unless null) and notified (unless null). */
    UUID denunciation(List<UUID> ancestry, LocalDate received, LocalDate resolved, LocalDate notified) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement s = connection.prepareStatement("insert into denunciation (id, subject_kind, scope_organization_id,"
                + " content, received_date, deadline, policy_id, anonymous, status, resolution, resolution_date, notice_date,"
                + " version, created_at, updated_at) values (?, 'ORGANIZATION', ?, 'Tố cáo', ?, ?, ?, true, ?, ?, ?, ?, 0, now(), now())")) {
            s.setObject(1, id);
            s.setObject(2, ancestry.get(0));
            s.setDate(3, Date.valueOf(received));
            s.setDate(4, Date.valueOf(received.plusDays(60)));
            s.setObject(5, DENUNCIATION_POLICY);
            s.setString(6, notified != null ? "NOTIFIED" : resolved != null ? "RESOLVED" : "RECEIVED");
            s.setString(7, resolved == null ? null : "Đã giải quyết");
            s.setDate(8, resolved == null ? null : Date.valueOf(resolved));
            s.setDate(9, notified == null ? null : Date.valueOf(notified));
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement("insert into denunciation_scope (denunciation_id, organization_id) values (?, ?)")) {
            for (UUID scope : ancestry) {
                s.setObject(1, id);
                s.setObject(2, scope);
                s.addBatch();
            }
            s.executeBatch();
        }
        return id;
    }

    private void flush() throws SQLException {
        inspection.executeBatch();
        inspectionScope.executeBatch();
        supervision.executeBatch();
        supervisionScope.executeBatch();
    }

    void commit() throws SQLException {
        flush();
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : new ArrayList<>(List.of(inspection, inspectionScope, supervision, supervisionScope))) {
            s.close();
        }
        connection.close();
    }
}
