package vn.party.membership.admission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A cell's vote on recognising a probationary member as official; failed votes count towards escalation. */
@Entity
@Table(name = "probation_vote")
public class ProbationVote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(name = "voted_on", nullable = false)
    public LocalDate votedOn;

    @Column(name = "entitled_voters", nullable = false)
    public int entitledVoters;

    @Column(name = "votes_for", nullable = false)
    public int votesFor;

    @Column(nullable = false)
    public boolean passed;

    @Column(name = "decision_ref", length = 100)
    public String decisionRef;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200)
    public String recordedBy;
}
