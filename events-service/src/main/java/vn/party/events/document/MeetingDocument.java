package vn.party.events.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import vn.party.common.time.PartyClock;

/** A resolution, conclusion or notice issued by a meeting, with its number and symbol ("05-NQ/ĐU"). */
@Entity
@Table(name = "meeting_document")
public class MeetingDocument extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "issuer_id", nullable = false)
    public UUID issuerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DocumentType type;

    @Column(nullable = false, length = 30)
    public String period;

    @Column(nullable = false)
    public int number;

    @Column(name = "issuer_abbreviation", nullable = false, length = 20)
    public String issuerAbbreviation;

    @Column(nullable = false, length = 60)
    public String symbol;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @PrePersist
    void stamp() {
        createdAt = PartyClock.instant(); // JPA callback: no CDI injection in an entity
    }

    public static String symbol(int number, DocumentType type, String issuerAbbreviation) {
        return "%02d-%s/%s".formatted(number, type.abbreviation(), issuerAbbreviation);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("meetingId", meetingId);
        state.put("issuerId", issuerId);
        state.put("type", type);
        state.put("period", period);
        state.put("number", number);
        state.put("symbol", symbol);
        state.put("title", title);
        state.put("issuedOn", issuedOn);
        return state;
    }
}
