package vn.party.common.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.MDC;

import vn.party.common.security.CallerContext;
import vn.party.common.time.PartyClock;
import vn.party.common.web.ClientAddress;
import vn.party.common.web.CorrelationId;

/**
 * Writes audit rows in the caller's transaction, so a change and its audit row commit or roll back
 * together.
 */
@ApplicationScoped
public class AuditTrail {

    /** Before and after of one field. */
    public record Change(Object before, Object after) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    PartyClock clock;

    @Inject
    CallerContext callerContext;

    @Inject
    ObjectMapper objectMapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String entityType, Object entityId, Map<String, ?> state) {
        Map<String, Change> changes = new LinkedHashMap<>();
        state.forEach((field, value) -> changes.put(field, new Change(null, value)));
        write("CREATE", entityType, entityId, changes);
    }

    /** Records only the fields whose value differs; writes nothing when nothing changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(String entityType, Object entityId, Map<String, ?> before, Map<String, ?> after) {
        Map<String, Change> changes = diff(before, after);
        if (!changes.isEmpty()) {
            write("UPDATE", entityType, entityId, changes);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recorded(String action, String entityType, Object entityId, Map<String, Change> changes) {
        write(action, entityType, entityId, changes);
    }

    /**
     * Writes the row in a transaction of its own, so it stays when the caller's fails: the audit of a refusal
     * (a search the caller may not make, a conflict a registration ran into) must survive the refusal's rollback.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordedAlone(String action, String entityType, Object entityId, Map<String, Change> changes) {
        write(action, entityType, entityId, changes);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void read(String entityType, Object entityId) {
        write("READ", entityType, entityId, Map.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> history(String entityType, Object entityId) {
        return entityManager.createQuery(
                        "from AuditEntry where entityType = :type and entityId = :id order by occurredAt, id",
                        AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", String.valueOf(entityId))
                .getResultList();
    }

    public static Map<String, Change> diff(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Change> changes = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            Object old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.put(field, new Change(old, value));
            }
        });
        return changes;
    }

    private void write(String action, String entityType, Object entityId, Map<String, Change> changes) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = clock.now();
        entry.actor = callerContext.caller().name();
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = String.valueOf(entityId);
        entry.changes = changes.isEmpty() ? null : toJson(changes);
        Object requestId = MDC.get(CorrelationId.MDC_KEY);
        entry.requestId = requestId == null ? null : requestId.toString();
        Object clientAddress = MDC.get(ClientAddress.MDC_KEY);
        entry.clientAddress = clientAddress == null ? null : clientAddress.toString();
        entityManager.persist(entry);
    }

    private String toJson(Map<String, Change> changes) {
        try {
            return objectMapper.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit changes cannot be serialized", e);
        }
    }
}
