package vn.party.events.campaign;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.party.common.persistence.VersionedEntity;

/** A contest (hội thi) organized by an organization on a day. */
@Entity
@Table(name = "contest")
public class Contest extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false, length = 300)
    public String name;

    @Column(name = "organizer_id", nullable = false)
    public UUID organizerId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("organizerId", organizerId);
        state.put("heldOn", heldOn.toString());
        return state;
    }
}
