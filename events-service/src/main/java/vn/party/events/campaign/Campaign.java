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

/** A campaign (e.g. "Tết vì người nghèo") organized by an organization over a period of days. */
@Entity
@Table(name = "campaign")
public class Campaign extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false, length = 300)
    public String name;

    @Column(name = "organizer_id", nullable = false)
    public UUID organizerId;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(columnDefinition = "text")
    public String description;

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("organizerId", organizerId);
        state.put("startsOn", startsOn.toString());
        state.put("endsOn", endsOn.toString());
        state.put("description", description);
        return state;
    }
}
