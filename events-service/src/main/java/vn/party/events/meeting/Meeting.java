package vn.party.events.meeting;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.party.common.persistence.VersionedEntity;

@Entity
@Table(name = "meeting")
public class Meeting extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public MeetingKind kind;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(length = 300)
    public String location;

    @Column(nullable = false)
    public boolean online;

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organizationId", organizationId);
        state.put("kind", kind);
        state.put("title", title);
        state.put("startsAt", startsAt);
        state.put("endsAt", endsAt);
        state.put("location", location);
        state.put("online", online);
        return state;
    }
}
