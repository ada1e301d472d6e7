package vn.party.membership.committee.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the term API. Periods are half-open: {@code endsOn} is the first day after the term. */
public final class TermRequests {

    private TermRequests() {
    }

    public record Create(
            @NotBlank(message = "bắt buộc (required)")
            @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)")
            String label,
            @NotNull(message = "bắt buộc (required)")
            LocalDate startsOn,
            @NotNull(message = "bắt buộc: ngày nhiệm kỳ kết thúc, thường là ngày đại hội kế tiếp"
                    + " (required: the day the term ends, usually the next congress)")
            LocalDate endsOn,
            @NotNull(message = "bắt buộc (required)")
            LocalDate congressDate,
            @Positive(message = "phải > 0 (must be > 0)")
            @Max(value = 1000, message = "tối đa 1000 (at most 1000)")
            Integer congressOrdinal) {
    }

    /** A full replacement of the editable fields; {@code version} is the one the client last read. */
    public record Update(
            @NotBlank(message = "bắt buộc (required)")
            @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)")
            String label,
            @NotNull(message = "bắt buộc (required)")
            LocalDate startsOn,
            @NotNull(message = "bắt buộc (required)")
            LocalDate endsOn,
            @NotNull(message = "bắt buộc (required)")
            LocalDate congressDate,
            @Positive(message = "phải > 0 (must be > 0)")
            @Max(value = 1000, message = "tối đa 1000 (at most 1000)")
            Integer congressOrdinal,
            @NotNull(message = "bắt buộc: phiên bản đã đọc (required: the version you read)")
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)")
            Long version) {
    }

    /** Closes the term on {@code closedOn} (its first day out of office); current posts end that day. */
    public record Close(
            @NotNull(message = "bắt buộc (required)")
            LocalDate closedOn,
            @NotNull(message = "bắt buộc: phiên bản đã đọc (required: the version you read)")
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)")
            Long version) {
    }
}
