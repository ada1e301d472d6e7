package vn.party.inspection.denunciation.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.party.inspection.discipline.TargetKind;

public final class DenunciationRequests {

    private static final String REQUIRED = "bắt buộc (required)";
    private static final String NOT_FUTURE = "không được ở tương lai (must not be in the future)";
    private static final String VERSION = "bắt buộc: phiên bản đã đọc (required: the version you read)";

    private DenunciationRequests() {
    }

    /** Who denounced; omit (null) for an anonymous denunciation. */
    public record Identity(
            @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String fullName,
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)") String contact,
            @Size(max = 500, message = "tối đa 500 ký tự (at most 500 characters)") String address) {
    }

    public record Receive(
            @NotNull(message = REQUIRED) TargetKind subjectKind,
            UUID subjectMemberId,
            UUID subjectOrganizationId,
            @NotBlank(message = REQUIRED) @Size(max = 8000, message = "tối đa 8000 ký tự (at most 8000 characters)")
            String content,
            @NotNull(message = REQUIRED) @PastOrPresent(message = NOT_FUTURE) LocalDate receivedDate,
            @Valid Identity denouncer) {
    }

    /** Assigns the inspector (username) who handles it. */
    public record Assign(
            @NotBlank(message = REQUIRED) @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String inspector,
            @NotNull(message = VERSION) @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") Long version) {
    }

    public record Resolve(
            @NotBlank(message = REQUIRED) @Size(max = 8000, message = "tối đa 8000 ký tự (at most 8000 characters)")
            String resolution,
            @NotNull(message = REQUIRED) @PastOrPresent(message = NOT_FUTURE) LocalDate resolutionDate,
            @NotNull(message = VERSION) @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") Long version) {
    }

    public record Notice(
            @NotNull(message = REQUIRED) @PastOrPresent(message = NOT_FUTURE) LocalDate noticeDate,
            @NotNull(message = VERSION) @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") Long version) {
    }
}
