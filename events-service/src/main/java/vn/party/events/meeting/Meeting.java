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

    /** The committee term (khóa), e.g. {@code XIX}; required for a plenum. */
    @Column(length = 20)
    public String term;

    /** Plenum number within the organization's term (lần thứ N), allocated sequentially. */
    @Column(name = "plenum_number")
    public Integer plenumNumber;

    @Column(columnDefinition = "text")
    public String minutes;

    /** "Hội nghị BCH lần thứ 11, khóa XIX" for a plenum, else null. */
    public String plenumName() {
        return plenumNumber == null ? null : "Hội nghị BCH lần thứ " + plenumNumber + ", khóa " + term;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organizationId", organizationId);
        state.put("kind", kind);
        state.put("title", title);
        state.put("startsAt", startsAt);
        state.put("endsAt", endsAt);
        state.put("location", location);
        state.put("online", online);
        state.put("term", term);
        state.put("plenumNumber", plenumNumber);
        state.put("minutes", minutes);
        return state;
    }
}
