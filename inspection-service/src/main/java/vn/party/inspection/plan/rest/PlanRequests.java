package vn.party.inspection.plan.rest;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.party.inspection.plan.InspectingBody;

public final class PlanRequests {

    private PlanRequests() {
    }

    public record Create(
            @NotNull(message = "bắt buộc (required)")
            UUID inspectingOrganizationId,
            @NotNull(message = "bắt buộc (required)")
            InspectingBody inspectingBody,
            @NotNull(message = "bắt buộc (required)")
            @Min(value = 1930, message = "năm không hợp lệ (year out of range)")
            @Max(value = 2200, message = "năm không hợp lệ (year out of range)")
            Integer year,
            @NotBlank(message = "bắt buộc (required)")
            @Size(max = 500, message = "tối đa 500 ký tự (at most 500 characters)")
            String title) {
    }

    public record Update(
            @NotBlank(message = "bắt buộc (required)")
            @Size(max = 500, message = "tối đa 500 ký tự (at most 500 characters)")
            String title,
            @NotNull(message = "bắt buộc: phiên bản đã đọc (required: the version you read)")
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)")
            Long version) {
    }
}
