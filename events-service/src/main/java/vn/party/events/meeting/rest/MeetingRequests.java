package vn.party.events.meeting.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
            boolean online) {
    }
}
