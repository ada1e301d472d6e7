package vn.party.events.meeting.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import vn.party.events.meeting.AgendaItem;
import vn.party.events.meeting.Attachment;
import vn.party.events.meeting.AttendanceStatus;
import vn.party.events.meeting.Invitee;

/** Views of a meeting's parts (never the entities themselves). */
public final class PartViews {

    private PartViews() {
    }

    public record AgendaItemView(int position, String title, String presenter, Integer durationMinutes) {
        public static AgendaItemView of(AgendaItem item) {
            return new AgendaItemView(item.position, item.title, item.presenter, item.durationMinutes);
        }
    }

    public record InviteeView(UUID id, UUID meetingId, UUID memberId, String guestName, String guestTitle,
            AttendanceStatus attendance, String excuseReason, boolean selfCheckIn, String recordedBy,
            OffsetDateTime recordedAt, long version) {
        public static InviteeView of(Invitee invitee, ZoneId zone) {
            return new InviteeView(invitee.id, invitee.meetingId, invitee.memberId, invitee.guestName,
                    invitee.guestTitle, invitee.attendance, invitee.excuseReason, invitee.selfCheckIn,
                    invitee.recordedBy,
                    invitee.recordedAt == null ? null : invitee.recordedAt.atZone(zone).toOffsetDateTime(),
                    invitee.version);
        }
    }

    public record AttachmentView(UUID id, UUID meetingId, String fileName, String mediaType, long sizeBytes,
            String checksum, Instant createdAt) {
        public static AttachmentView of(Attachment attachment) {
            return new AttachmentView(attachment.id, attachment.meetingId, attachment.fileName, attachment.mediaType,
                    attachment.sizeBytes, attachment.checksum, attachment.createdAt);
        }
    }
}
