package vn.party.inspection.plan.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.party.inspection.plan.PlanItemKind;
import vn.party.inspection.plan.PlanItemStep;

public final class PlanItemRequests {

    private static final String REQUIRED = "bắt buộc (required)";

    private PlanItemRequests() {
    }

    public record Add(
            @NotNull(message = REQUIRED) PlanItemKind kind,
            @NotBlank(message = REQUIRED) @Size(max = 500, message = "tối đa 500 ký tự (at most 500 characters)")
            String subject,
            @NotNull(message = REQUIRED) UUID targetOrganizationId,
            UUID targetMemberId,
            @NotNull(message = REQUIRED) @Min(value = 1, message = "tháng 1-12 (month 1-12)")
            @Max(value = 12, message = "tháng 1-12 (month 1-12)") Integer plannedMonth) {
    }

    /** Moves an item forward to {@code step}, reached on {@code date}; CANCELLED needs a reason. */
    public record Progress(
            @NotNull(message = REQUIRED) PlanItemStep step,
            @NotNull(message = REQUIRED)
            @PastOrPresent(message = "không được ở tương lai (must not be in the future)") LocalDate date,
            @Size(max = 1000, message = "tối đa 1000 ký tự (at most 1000 characters)") String cancelReason,
            @NotNull(message = "bắt buộc: phiên bản đã đọc (required: the version you read)")
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") Long version) {
    }
}
