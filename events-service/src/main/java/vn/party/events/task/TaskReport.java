package vn.party.events.task;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One progress report on a follow-up task; reports are never edited, so they form the task's history. */
@Entity
@Table(name = "follow_up_task_report")
public class TaskReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Column(nullable = false)
    public int sequence;

    @Column(nullable = false)
    public int percent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public TaskStatus status;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(name = "reported_by", nullable = false, length = 200)
    public String reportedBy;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;
}
