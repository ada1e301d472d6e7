package vn.party.inspection.supervision;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import vn.party.inspection.inspection.FindingSeverity;

/** What a supervision found; may be escalated once to an inspection on signs of violation. */
@Entity
@Table(name = "supervision_finding")
public class SupervisionFinding extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "supervision_id", nullable = false)
    public UUID supervisionId;

    @Column(nullable = false, length = 4000)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public FindingSeverity severity;

    @Column(name = "recorded_by", nullable = false, length = 200)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "escalated_inspection_id")
    public UUID escalatedInspectionId;
}
