package vn.party.events.meeting.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.party.events.meeting.AttendanceStatus;
import vn.party.events.meeting.MeetingKind;

public final class MeetingRequests {

    private MeetingRequests() {
    }

    /** Times are ISO-8601 with an offset, e.g. {@code 2026-12-05T14:00:00+07:00}. */
    public record Schedule(
            @NotNull(message = "bắt buộc (required)")
            UUID organizationId,
            @NotNull(message = "bắt buộc (required)")
            MeetingKind kind,
            @NotBlank(message = "bắt buộc (required)")
            @Size(max = 500, message = "tối đa 500 ký tự (at most 500 characters)")
            String title,
            @NotNull(message = "bắt buộc (required)")
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)")
            String location,
            boolean online,
            @Size(max = 20, message = "tối đa 20 ký tự (at most 20 characters)")
            @Pattern(regexp = "[\\p{L}\\p{N} ()./-]*", message = "khóa không hợp lệ (invalid term, e.g. XIX)")
            String term) {
    }

    /** Replaces the whole agenda; items keep the order given. */
    public record Agenda(
            @NotNull(message = "bắt buộc (required)")
            Long version,
            @NotNull(message = "bắt buộc (required)")
            @Size(max = 50, message = "tối đa 50 mục (at most 50 items)")
            List<@NotNull(message = "bắt buộc (required)") @Valid AgendaItemInput> items) {
    }

    public record AgendaItemInput(
            @NotBlank(message = "bắt buộc (required)")
            @Size(max = 500, message = "tối đa 500 ký tự (at most 500 characters)")
            String title,
            @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)")
            String presenter,
            @Min(value = 1, message = "phải ≥ 1 (must be ≥ 1)")
            @Max(value = 1440, message = "tối đa 1440 (at most 1440)")
            Integer durationMinutes) {
    }

    public record Minutes(
            @NotNull(message = "bắt buộc (required)")
            Long version,
            @NotBlank(message = "bắt buộc (required)")
            @Size(max = 200000, message = "tối đa 200000 ký tự (at most 200000 characters)")
            String text) {
    }

    /** Either {@code memberId}, or {@code guestName} (with an optional {@code guestTitle}). */
    public record Invite(
            UUID memberId,
            @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)")
            String guestName,
            @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)")
            String guestTitle) {
    }

    public record RecordAttendance(
            @NotNull(message = "bắt buộc (required)")
            Long version,
            @NotNull(message = "bắt buộc (required)")
            AttendanceStatus status,
            @Size(max = 1000, message = "tối đa 1000 ký tự (at most 1000 characters)")
            String reason) {
    }

    public record AddAttachment(
            @NotBlank(message = "bắt buộc (required)")
            @Size(max = 255, message = "tối đa 255 ký tự (at most 255 characters)")
            String fileName,
            @NotBlank(message = "bắt buộc (required)")
            @Pattern(regexp = "[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]{0,62}/[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]{0,62}",
                    message = "kiểu tệp không hợp lệ (invalid media type, e.g. application/pdf)")
            String mediaType,
            @NotNull(message = "bắt buộc (required)")
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)")
            Long sizeBytes,
            @NotBlank(message = "bắt buộc (required)")
            @Pattern(regexp = "sha256:[0-9a-f]{64}", message = "dạng sha256:<64 hex> (expected sha256:<64 hex digits>)")
            String checksum) {
    }
}
