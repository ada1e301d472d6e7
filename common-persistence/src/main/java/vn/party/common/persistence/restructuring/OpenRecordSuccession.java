package vn.party.common.persistence.restructuring;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.MDC;

import vn.party.common.persistence.AuditEntry;
import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.time.PartyClock;
import vn.party.common.web.CorrelationId;

/**
 * Makes a service's open records follow an organization's succession, in the caller's transaction: with one
 * successor (MERGE, DISSOLVE) each open record moves there; after a SPLIT each is listed in
 * {@code restructuring_pending_assignment} until the bloc office assigns it to one of the successors, and after a
 * DISSOLVE without receiver until it assigns it to any organization active today. Every move and
 * listing is an audit row on the record itself (action {@value #MOVED} / {@value #LISTED}: the changed fields before
 * and after, and the succession). Idempotent: a record moves only while it still names the predecessor, and is
 * listed once per predecessor, so a replayed succession changes nothing.
 */
@ApplicationScoped
public class OpenRecordSuccession {

    public static final String MOVED = "RESTRUCTURE_MOVE";
    public static final String LISTED = "RESTRUCTURE_PENDING";

    /** What one succession did. */
    public record Outcome(int moved, int listed) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    PartyClock clock;

    @Inject
    @Any
    Instance<OpenRecords> kinds;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Instance<ReceivingOrganizations> receivers;

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome follow(Succession succession, String actor) {
        int moved = 0;
        int listed = 0;
        for (OpenRecords records : kinds) {
            for (UUID recordId : records.openHeldBy(succession.predecessorId())) {
                if (succession.singleSuccessor()) {
                    Map<String, AuditTrail.Change> changes = records.move(recordId, succession.predecessorId(),
                            succession.successorIds().get(0), succession.effectiveOn());
                    if (!changes.isEmpty()) {
                        audit(actor, MOVED, records.auditType(), recordId, changes, succession);
                        moved++;
                    }
                } else if (list(records.kind(), recordId, succession)) {
                    audit(actor, LISTED, records.auditType(), recordId, new LinkedHashMap<>(), succession);
                    listed++;
                }
            }
        }
        return new Outcome(moved, listed);
    }

    /** The records still waiting for a successor, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PendingAssignment> pending() {
        return query("WHERE assigned_to IS NULL ORDER BY listed_at, id", null);
    }

    /**
     * Gives a listed record to one of the split's successors, or for a dissolution without receiver to an organization
     * active today (422 naming {@code organizationId} otherwise; 404 for an unknown listing, 409 if it was assigned
     * already) and moves it there.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public PendingAssignment assign(UUID id, UUID organizationId, String actor) {
        if (organizationId == null) {
            throw ProblemException.invalidField("organizationId", "bắt buộc (required)");
        }
        entityManager.createNativeQuery("SELECT id FROM restructuring_pending_assignment WHERE id = :id FOR UPDATE")
                .setParameter("id", id).getResultList();
        List<PendingAssignment> found = query("WHERE id = :id", id);
        if (found.isEmpty()) {
            throw ProblemException.notFound("Hồ sơ chờ giao", id);
        }
        PendingAssignment pending = found.get(0);
        if (pending.assignedTo() != null) {
            throw ProblemException.conflict("Hồ sơ đã được giao cho " + pending.assignedTo() + " (already assigned)");
        }
        if (pending.successorIds().isEmpty()) {
            if (organizationId.equals(pending.predecessorId()) || !receivers.get().activeToday(organizationId)) {
                throw new ProblemException(ProblemType.RULE_VIOLATION,
                        "Tổ chức bị giải thể không có tổ chức tiếp nhận: chỉ giao cho một tổ chức đang hoạt động"
                                + " (dissolved without receiver: only an organization active today)",
                        List.of(new Problem.FieldError("organizationId",
                                "không phải tổ chức đang hoạt động (not an active organization)")));
            }
        } else if (!pending.successorIds().contains(organizationId)) {
            throw new ProblemException(ProblemType.RULE_VIOLATION,
                    "Chỉ giao cho một trong các tổ chức kế thừa " + pending.successorIds()
                            + " (only one of the split's successors)",
                    List.of(new Problem.FieldError("organizationId",
                            "không phải tổ chức kế thừa của " + pending.predecessorId() + " (not a successor)")));
        }
        OpenRecords records = kind(pending.recordKind());
        Map<String, AuditTrail.Change> changes = records.move(pending.recordId(), pending.predecessorId(),
                organizationId, pending.effectiveOn());
        Succession succession = new Succession(pending.predecessorId(), pending.successorIds(),
                pending.successionKind(), pending.effectiveOn());
        if (!changes.isEmpty()) {
            changes.put("pendingAssignmentId", new AuditTrail.Change(null, id));
            audit(actor, MOVED, records.auditType(), pending.recordId(), changes, succession);
        }
        entityManager.createNativeQuery("""
                        UPDATE restructuring_pending_assignment
                        SET assigned_to = :to, assigned_at = now(), assigned_by = :actor WHERE id = :id""")
                .setParameter("to", organizationId).setParameter("actor", actor).setParameter("id", id)
                .executeUpdate();
        return query("WHERE id = :id", id).get(0);
    }

    private OpenRecords kind(String name) {
        for (OpenRecords records : kinds) {
            if (records.kind().equals(name)) {
                return records;
            }
        }
        throw new IllegalStateException("No open-records kind " + name);
    }

    private boolean list(String kind, UUID recordId, Succession succession) {
        return entityManager.createNativeQuery("""
                        INSERT INTO restructuring_pending_assignment
                            (id, record_kind, record_id, predecessor_id, successor_ids, succession_kind, effective_on,
                             listed_at)
                        VALUES (:id, :kind, :record, :predecessor, :successors, :succession, :day, now())
                        ON CONFLICT (record_kind, record_id, predecessor_id) DO NOTHING""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("kind", kind)
                .setParameter("record", recordId)
                .setParameter("predecessor", succession.predecessorId())
                .setParameter("successors", String.join(",", succession.successorIds().stream()
                        .map(UUID::toString).toList()))
                .setParameter("succession", succession.kind())
                .setParameter("day", succession.effectiveOn())
                .executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    private List<PendingAssignment> query(String where, UUID id) {
        var query = entityManager.createNativeQuery("""
                SELECT id, record_kind, record_id, predecessor_id, successor_ids, succession_kind, effective_on,
                       listed_at, assigned_to, assigned_at, assigned_by
                FROM restructuring_pending_assignment\s""" + where);
        if (id != null) {
            query.setParameter("id", id);
        }
        List<PendingAssignment> result = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            result.add(new PendingAssignment((UUID) row[0], (String) row[1], (UUID) row[2], (UUID) row[3],
                    Arrays.stream(((String) row[4]).split(",")).filter(text -> !text.isBlank()).map(UUID::fromString)
                            .toList(), (String) row[5],
                    date(row[6]), instant(row[7]), (UUID) row[8], instant(row[9]), (String) row[10]));
        }
        return result;
    }

    private void audit(String actor, String action, String type, UUID recordId, Map<String, AuditTrail.Change> changes,
            Succession succession) {
        Map<String, AuditTrail.Change> all = new LinkedHashMap<>(changes);
        all.put("succession", new AuditTrail.Change(null, succession.describe()));
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = clock.now();
        entry.actor = actor;
        entry.action = action;
        entry.entityType = type;
        entry.entityId = recordId.toString();
        try {
            entry.changes = objectMapper.writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit changes cannot be serialized", e);
        }
        Object requestId = MDC.get(CorrelationId.MDC_KEY);
        entry.requestId = requestId == null ? null : requestId.toString();
        entityManager.persist(entry);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
