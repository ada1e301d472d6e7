package vn.party.events.meeting;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import vn.party.common.time.PartyClock;

/** Metadata of a file attached to a meeting (the file itself is stored elsewhere). */
@Entity
@Table(name = "meeting_attachment")
public class Attachment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "file_name", nullable = false, length = 255)
    public String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 100)
    public String checksum;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @PrePersist
    void stamp() {
        createdAt = PartyClock.instant(); // JPA callback: no CDI injection in an entity
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("meetingId", meetingId);
        state.put("fileName", fileName);
        state.put("mediaType", mediaType);
        state.put("sizeBytes", sizeBytes);
        state.put("checksum", checksum);
        return state;
    }
}
