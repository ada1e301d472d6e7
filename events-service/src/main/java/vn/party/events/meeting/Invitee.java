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

/** A member (by id) or a guest (by name and title) invited to a meeting, with their attendance. */
@Entity
@Table(name = "meeting_invitee")
public class Invitee extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "guest_name", length = 200)
    public String guestName;

    @Column(name = "guest_title", length = 200)
    public String guestTitle;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public AttendanceStatus attendance;

    @Column(name = "excuse_reason", length = 1000)
    public String excuseReason;

    @Column(name = "self_check_in", nullable = false)
    public boolean selfCheckIn;

    @Column(name = "recorded_by", length = 200)
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("meetingId", meetingId);
        state.put("memberId", memberId);
        state.put("guestName", guestName);
        state.put("guestTitle", guestTitle);
        state.put("attendance", attendance);
        state.put("excuseReason", excuseReason);
        state.put("selfCheckIn", selfCheckIn);
        return state;
    }
}
