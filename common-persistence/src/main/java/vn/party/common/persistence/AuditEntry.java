package vn.party.common.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One audited event: a change (before/after per field) or a read of sensitive data. Append-only. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(nullable = false, length = 40)
    public String action;

    @Column(name = "entity_type", nullable = false, length = 80)
    public String entityType;

    @Column(name = "entity_id", nullable = false, length = 80)
    public String entityId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String changes;

    @Column(name = "request_id", length = 64)
    public String requestId;

    /** Where the request came from: the gateway's X-Forwarded-For when it came through the gateway, else the peer. */
    @Column(name = "client_address", length = 64)
    public String clientAddress;
}
