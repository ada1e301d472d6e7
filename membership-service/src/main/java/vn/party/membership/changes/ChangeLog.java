package vn.party.membership.changes;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.party.common.security.CallerContext;
import vn.party.common.time.PartyClock;
import vn.party.contracts.memberevents.ChangeType;

/**
 * Appends rows to {@code change_log} in the caller's transaction, so a change and its row commit or roll back
 * together. Each statement reads the resources' state after the change (the session is flushed first), snapshots
 * their non-sensitive fields and numbers the rows from the single-row {@code change_counter}:
 *
 * <pre>UPDATE change_counter SET value = value + n RETURNING value</pre>
 *
 * The counter row stays locked until the transaction ends, so numbers are handed out in commit order and a rollback
 * gives them back: the committed numbers are always 1..k without holes, and a reader paging by
 * {@code sequence > cursor} can neither miss a row that commits later with a smaller number nor see one twice
 * (a PostgreSQL sequence would allow both). Writers hold the lock only from their change-log write to their commit,
 * which is why the services write it at the end of an operation.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChangeLog {

    /** A member's fields shared with other services and provincial systems: no CCCD, phone or full birth date. */
    static final String MEMBER_SNAPSHOT = """
            jsonb_build_object('id', m.id, 'fullName', m.full_name, 'familyName', m.family_name,
                'givenName', m.given_name, 'gender', m.gender, 'birthYear', extract(year FROM m.date_of_birth)::int,
                'organizationId', m.organization_id, 'status', m.status, 'admissionDate', m.admission_date,
                'officialDate', m.official_date)""";

    static final String ORGANIZATION_SNAPSHOT = """
            jsonb_build_object('id', o.id, 'code', o.code, 'name', o.name, 'type', o.type, 'parentId', o.parent_id,
                'status', o.status, 'hostAgency', o.host_agency, 'foundedOn', o.founded_on,
                'dissolvedOn', o.dissolved_on, 'successorId', o.successor_id)""";

    private static final UUID NONE = new UUID(0, 0);

    @Inject
    EntityManager entityManager;

    @Inject
    PartyClock clock;

    @Inject
    CallerContext callerContext;

    @Inject
    ObjectMapper objectMapper;

    /** One member's change (created, corrected, status changed...). */
    public void member(UUID memberId, ChangeType change, String event, LocalDate effectiveDate,
            Map<String, ?> details) {
        members(List.of(memberId), change, event, effectiveDate, details);
    }

    /** The same change of many members (a file import), one row each. */
    public void members(Collection<UUID> memberIds, ChangeType change, String event, LocalDate effectiveDate,
            Map<String, ?> details) {
        insertMembers(memberIds, null, change, event, effectiveDate, details);
    }

    /** Members who moved out of {@code fromOrganizationId} (now in their new organization). */
    public void membersMoved(Collection<UUID> memberIds, UUID fromOrganizationId, String event,
            LocalDate effectiveDate, Map<String, ?> details) {
        insertMembers(memberIds, fromOrganizationId, ChangeType.MOVED, event, effectiveDate, details);
    }

    /** One organization's change (created, corrected, renamed, merged...), not a change of its place in the tree. */
    public void organization(UUID organizationId, ChangeType change, String event, LocalDate effectiveDate,
            Map<String, ?> details) {
        flush();
        Query insert = entityManager.createNativeQuery("""
                WITH rows AS (
                    SELECT o.id, o.parent_id, %s AS snapshot, organization_ancestry(o.id) AS ancestry
                    FROM organization o WHERE o.id = :id),
                counter AS (
                    UPDATE change_counter SET value = value + (SELECT count(*) FROM rows) WHERE id = 1 RETURNING value)
                INSERT INTO change_log (sequence, resource_type, resource_id, organization_id, change, event,
                                        effective_date, occurred_at, actor, payload, ancestry)
                SELECT (SELECT value FROM counter) - (SELECT count(*) FROM rows) + row_number() OVER (ORDER BY r.id),
                       'ORGANIZATION', r.id, r.parent_id, :change, nullif(:event, ''), :effective, :now, :actor,
                       jsonb_build_object('snapshot', r.snapshot, 'details', cast(:details AS jsonb)), r.ancestry
                FROM rows r""".formatted(ORGANIZATION_SNAPSHOT))
                .setParameter("id", organizationId);
        common(insert, change, event, effectiveDate, details).executeUpdate();
    }

    /**
     * An organization moved under another parent (it was under {@code previousParentId}, null for a root): the
     * organization, every organization below it and every member in them changed place in the tree, so each gets a
     * MOVED row with where it sits now and where it sat before.
     */
    public void subtreeMoved(UUID organizationId, UUID previousParentId, String event, LocalDate effectiveDate,
            Map<String, ?> details) {
        flush();
        String subtree = """
                WITH RECURSIVE subtree(id, depth) AS (
                    SELECT id, 0 FROM organization WHERE id = :moved
                    UNION ALL
                    SELECT o.id, s.depth + 1 FROM organization o JOIN subtree s ON o.parent_id = s.id WHERE s.depth < 100
                ),""";
        // the part of the path from the resource up to the moved organization stays; above it, the old parent's path
        String previous = "trim_array(a.ancestry, cardinality(a.ancestry) - array_position(a.ancestry, cast(:moved AS uuid)))"
                + " || organization_ancestry(cast(:previousParent AS uuid))";
        Query organizations = entityManager.createNativeQuery(subtree + """
                rows AS (
                    SELECT o.id, o.parent_id, %s AS snapshot, organization_ancestry(o.id) AS ancestry
                    FROM organization o WHERE o.id IN (SELECT id FROM subtree)),
                counter AS (
                    UPDATE change_counter SET value = value + (SELECT count(*) FROM rows) WHERE id = 1 RETURNING value)
                INSERT INTO change_log (sequence, resource_type, resource_id, organization_id, change, event,
                                        effective_date, occurred_at, actor, payload, ancestry, previous_ancestry)
                SELECT (SELECT value FROM counter) - (SELECT count(*) FROM rows) + row_number() OVER (ORDER BY a.id),
                       'ORGANIZATION', a.id, a.parent_id, :change, nullif(:event, ''), :effective, :now, :actor,
                       jsonb_build_object('snapshot', a.snapshot, 'details', cast(:details AS jsonb)), a.ancestry, %s
                FROM rows a""".formatted(ORGANIZATION_SNAPSHOT, previous))
                .setParameter("moved", organizationId)
                .setParameter("previousParent", previousParentId == null ? NONE : previousParentId);
        common(organizations, ChangeType.MOVED, event, effectiveDate, details).executeUpdate();
        Query members = entityManager.createNativeQuery(subtree + """
                rows AS (
                    SELECT m.id, m.organization_id, %s AS snapshot, organization_ancestry(m.organization_id) AS ancestry
                    FROM member m WHERE m.organization_id IN (SELECT id FROM subtree)),
                counter AS (
                    UPDATE change_counter SET value = value + (SELECT count(*) FROM rows) WHERE id = 1 RETURNING value)
                INSERT INTO change_log (sequence, resource_type, resource_id, organization_id, change, event,
                                        effective_date, occurred_at, actor, payload, ancestry, previous_ancestry)
                SELECT (SELECT value FROM counter) - (SELECT count(*) FROM rows) + row_number() OVER (ORDER BY a.id),
                       'MEMBER', a.id, a.organization_id, :change, nullif(:event, ''), :effective, :now, :actor,
                       jsonb_build_object('snapshot', a.snapshot, 'details', cast(:details AS jsonb)), a.ancestry, %s
                FROM rows a""".formatted(MEMBER_SNAPSHOT, previous))
                .setParameter("moved", organizationId)
                .setParameter("previousParent", previousParentId == null ? NONE : previousParentId);
        common(members, ChangeType.MOVED, MemberEvents.ORGANIZATION_MOVED, effectiveDate, details).executeUpdate();
    }

    private void insertMembers(Collection<UUID> memberIds, UUID fromOrganizationId, ChangeType change, String event,
            LocalDate effectiveDate, Map<String, ?> details) {
        if (memberIds.isEmpty()) {
            return;
        }
        flush();
        String previous = fromOrganizationId == null ? "NULL" : "organization_ancestry(cast(:from AS uuid))";
        Query insert = entityManager.createNativeQuery("""
                WITH rows AS (
                    SELECT m.id, m.organization_id, %s AS snapshot, organization_ancestry(m.organization_id) AS ancestry
                    FROM member m WHERE m.id IN (:ids)),
                counter AS (
                    UPDATE change_counter SET value = value + (SELECT count(*) FROM rows) WHERE id = 1 RETURNING value)
                INSERT INTO change_log (sequence, resource_type, resource_id, organization_id, change, event,
                                        effective_date, occurred_at, actor, payload, ancestry, previous_ancestry)
                SELECT (SELECT value FROM counter) - (SELECT count(*) FROM rows) + row_number() OVER (ORDER BY r.id),
                       'MEMBER', r.id, r.organization_id, :change, nullif(:event, ''), :effective, :now, :actor,
                       jsonb_build_object('snapshot', r.snapshot, 'details', cast(:details AS jsonb)), r.ancestry, %s
                FROM rows r""".formatted(MEMBER_SNAPSHOT, previous))
                .setParameter("ids", List.copyOf(new LinkedHashSet<>(memberIds)));
        if (fromOrganizationId != null) {
            insert.setParameter("from", fromOrganizationId);
        }
        common(insert, change, event, effectiveDate, details).executeUpdate();
    }

    private Query common(Query query, ChangeType change, String event, LocalDate effectiveDate,
            Map<String, ?> details) {
        return query.setParameter("change", change.name())
                .setParameter("event", event == null ? "" : event)
                .setParameter("effective", effectiveDate != null ? effectiveDate : clock.today())
                .setParameter("now", clock.now())
                .setParameter("actor", callerContext.caller().name())
                .setParameter("details", json(details));
    }

    /** The rows read the resources' state after the change: Hibernate's pending writes go out first. */
    private void flush() {
        entityManager.flush();
    }

    private String json(Map<String, ?> details) {
        try {
            return objectMapper.writeValueAsString(details == null ? Map.of() : details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Change details cannot be serialized", e);
        }
    }
}
