package vn.party.inspection.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A step of the procedure as reached: its date, document number and note. Never edited. */
@Entity
@Table(name = "inspection_step")
public class StepRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public InspectionStep step;

    @Column(name = "step_date", nullable = false)
    public LocalDate date;

    @Column(name = "document_number", length = 60)
    public String documentNumber;

    @Column(length = 8000)
    public String note;

    @Column(name = "recorded_by", nullable = false, length = 200)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
