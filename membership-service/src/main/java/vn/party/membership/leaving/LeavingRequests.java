package vn.party.membership.leaving;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the leaving endpoints; {@code version} is the member's version you read (optimistic lock). */
public final class LeavingRequests {

    private LeavingRequests() {
    }

    /** Xóa tên: one of the fixed grounds (OTHER with {@code reasonText}) and the decision. */
    public record Removal(
            @NotNull(message = "bắt buộc (required)")
            RemovalReason reason,
            @Size(max = 800, message = "tối đa 800 ký tự (at most 800 characters)")
            String reasonText,
            @NotNull(message = "bắt buộc (required)")
            LocalDate decidedOn,
            @NotBlank(message = "bắt buộc: số quyết định (required: the decision reference)")
            @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)")
            String decisionRef,
            @NotNull(message = "bắt buộc: phiên bản đã đọc (required: the version you read)")
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)")
            Long version) {
    }

    /**
     * Ra khỏi Đảng (voluntary): only without violations. This service cannot see inspection's cases, so the
     * secretary declares {@code noPendingViolations=true}; inspection confirms later.
     */
    public record Leaving(
            @NotNull(message = "bắt buộc (required)")
            LocalDate effectiveOn,
            @NotNull(message = "bắt buộc: xác nhận không có vi phạm đang xem xét (required: declare no pending violations)")
            Boolean noPendingViolations,
            @Size(max = 800, message = "tối đa 800 ký tự (at most 800 characters)")
            String reason,
            @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)")
            String decisionRef,
            @NotNull(message = "bắt buộc: phiên bản đã đọc (required: the version you read)")
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)")
            Long version) {
    }

    /** Từ trần: final. */
    public record Death(
            @NotNull(message = "bắt buộc (required)")
            LocalDate dateOfDeath,
            @Size(max = 800, message = "tối đa 800 ký tự (at most 800 characters)")
            String note,
            @NotNull(message = "bắt buộc: phiên bản đã đọc (required: the version you read)")
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)")
            Long version) {
    }

    /** Miễn sinh hoạt: reason, start and an optional end date (kept in the status history's reason). */
    public record Exemption(
            @NotBlank(message = "bắt buộc (required)")
            @Size(max = 800, message = "tối đa 800 ký tự (at most 800 characters)")
            String reason,
            @NotNull(message = "bắt buộc (required)")
            LocalDate startsOn,
            LocalDate endsOn,
            @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)")
            String decisionRef,
            @NotNull(message = "bắt buộc: phiên bản đã đọc (required: the version you read)")
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)")
            Long version) {
    }

    /** The end of an exemption: back to the active status the member had before it. */
    public record ExemptionEnd(
            @NotNull(message = "bắt buộc (required)")
            LocalDate endedOn,
            @Size(max = 800, message = "tối đa 800 ký tự (at most 800 characters)")
            String reason,
            @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)")
            String decisionRef,
            @NotNull(message = "bắt buộc: phiên bản đã đọc (required: the version you read)")
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)")
            Long version) {
    }
}
