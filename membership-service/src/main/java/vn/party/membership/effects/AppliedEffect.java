package vn.party.membership.effects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An effect received from inspection-service, once per outbox id (inserted with ON CONFLICT DO NOTHING). */
@Entity
@Table(name = "applied_effect")
public class AppliedEffect extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 40)
    public String effect;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "organization_id")
    public UUID organizationId;

    /** The suspension or the discipline case the effect is about. */
    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String payload;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "received_by", nullable = false, length = 200)
    public String receivedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public EffectOutcome outcome;

    @Column(nullable = false, length = 1000)
    public String detail;

    @Column(name = "applied_at")
    public Instant appliedAt;

    /** What applying it did: {"previousStatus": ..., "endedPosts": [{"assignmentId", "previousToDate"}]}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String result;
}
