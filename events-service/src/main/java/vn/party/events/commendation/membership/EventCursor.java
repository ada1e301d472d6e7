package vn.party.events.commendation.membership;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** How far the poller has applied a membership event feed; advanced in the transaction that applies the events. */
@Entity
@Table(name = "membership_event_cursor")
public class EventCursor extends PanacheEntityBase {

    public static final String MEMBERSHIP = "membership";

    @Id
    @Column(length = 60)
    public String feed;

    @Column(name = "last_sequence", nullable = false)
    public long lastSequence;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
