package vn.party.events.meeting.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import vn.party.events.meeting.Meeting;
import vn.party.events.meeting.MeetingKind;

/** Times presented in the configured zone (Asia/Ho_Chi_Minh), stored in UTC. */
public record MeetingView(UUID id, UUID organizationId, MeetingKind kind, String title, OffsetDateTime startsAt,
        OffsetDateTime endsAt, String location, boolean online, String term, Integer plenumNumber, String plenumName,
        String minutes, long version, Instant createdAt) {

    public static MeetingView of(Meeting meeting, ZoneId zone) {
        return new MeetingView(meeting.id, meeting.organizationId, meeting.kind, meeting.title,
                meeting.startsAt.atZone(zone).toOffsetDateTime(),
                meeting.endsAt == null ? null : meeting.endsAt.atZone(zone).toOffsetDateTime(),
                meeting.location, meeting.online, meeting.term, meeting.plenumNumber, meeting.plenumName(),
                meeting.minutes, meeting.version, meeting.createdAt);
    }
}
