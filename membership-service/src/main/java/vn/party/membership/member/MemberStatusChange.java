package vn.party.membership.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import vn.party.membership.member.domain.MemberStatus;
import vn.party.membership.member.domain.StatusOrigin;

/** One entry of a member's status history, with the decision that caused it. Append-only. */
@Entity
@Table(name = "member_status_change")
public class MemberStatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MemberStatus status;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(length = 1000)
    public String reason;

    /** The end of a time-limited status (an exemption given until a date); null when open-ended. */
    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "decision_ref", length = 100)
    public String decisionRef;

    /** Recorded directly, applied from an inspection decision, or loaded from the paper past. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public StatusOrigin origin = StatusOrigin.RECORDED;

    /** The inspection effect that applied this entry (origin DECISION). */
    @Column(name = "effect_id")
    public UUID effectId;

    /** inspection-service's discipline case or suspension behind this entry (origin DECISION). */
    @Column(name = "decision_id")
    public UUID decisionId;

    /** The paper document a historical entry was copied from (origin HISTORICAL). */
    @Column(name = "source_document", length = 300)
    public String sourceDocument;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200)
    public String recordedBy;
}
