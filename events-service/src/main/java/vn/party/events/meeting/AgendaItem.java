package vn.party.events.meeting;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One item of a meeting's agenda; {@code position} orders them from 1. */
@Entity
@Table(name = "meeting_agenda_item")
public class AgendaItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(length = 200)
    public String presenter;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;
}
