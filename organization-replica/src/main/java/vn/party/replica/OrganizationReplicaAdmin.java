package vn.party.replica;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.party.common.persistence.AuditTrail;

/**
 * What the services' {@code .../organization-replica} endpoints do (bloc-admin): the replica's status, and the
 * rebuild from zero (audited), which empties the replica and resets the cursor so the next polls replay the feed.
 */
@ApplicationScoped
public class OrganizationReplicaAdmin {

    static final String AUDIT_TYPE = "organization-replica";

    @Inject
    ReplicaStore store;

    @Inject
    OrganizationReplicaConsumer consumer;

    @Inject
    ReplicaLag lag;

    @Inject
    AuditTrail auditTrail;

    /**
     * The replica's state: last applied position, membership's head when last seen, the lag between them, the last
     * successful poll, and the last poll's failure (null when it answered).
     */
    public record Status(long cursor, long head, long lag, long generation, Instant lastSuccessAt, String lastFailure,
                         Instant lastFailureAt) {
    }

    public Status status() {
        ReplicaCursor cursor = store.cursor();
        return status(cursor);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Status rebuild(String reason) {
        ReplicaCursor before = store.cursor();
        ReplicaCursor reset = store.reset();
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        changes.put("cursor", new AuditTrail.Change(before.position(), reset.position()));
        changes.put("generation", new AuditTrail.Change(before.generation(), reset.generation()));
        changes.put("reason", new AuditTrail.Change(null, reason));
        auditTrail.recorded("REBUILD", AUDIT_TYPE, ReplicaStore.FEED, changes);
        lag.update(reset);
        return status(reset);
    }

    private Status status(ReplicaCursor cursor) {
        return new Status(cursor.position(), cursor.head(), cursor.lag(), cursor.generation(), cursor.lastSuccessAt(),
                consumer.lastFailure(), consumer.lastFailureAt());
    }
}
