package vn.party.membership.admission;

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

/** One stage a candidate reached: what, dated when, recorded by whom. */
@Entity
@Table(name = "candidate_stage_change")
public class CandidateStageChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "candidate_id", nullable = false)
    public UUID candidateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public CandidateStage stage;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(length = 1000)
    public String details;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200)
    public String recordedBy;
}
