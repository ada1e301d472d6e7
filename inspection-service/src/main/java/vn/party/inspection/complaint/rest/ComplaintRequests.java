package vn.party.inspection.complaint.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.complaint.ComplaintOutcome;

public final class ComplaintRequests {

    private static final String REQUIRED = "bắt buộc (required)";
    private static final String NOT_FUTURE = "không được ở tương lai (must not be in the future)";

    private ComplaintRequests() {
    }

    /**
     * Files a complaint. {@code filedDate} defaults to today; staff recording a paper complaint give the day it was
     * received; a member filing themselves files today.
     */
    public record File(
            @NotNull(message = REQUIRED) UUID caseId,
            @NotNull(message = REQUIRED) @PastOrPresent(message = NOT_FUTURE) LocalDate decisionReceivedDate,
            @PastOrPresent(message = NOT_FUTURE) LocalDate filedDate,
            @NotBlank(message = REQUIRED) @Size(max = 4000, message = "tối đa 4000 ký tự (at most 4000 characters)")
            String grounds) {
    }

    /** The handling body's resolution: UPHOLD, REDUCE (with a lighter {@code newForm}) or ANNUL. */
    public record Resolve(
            @NotNull(message = REQUIRED) ComplaintOutcome outcome,
            DisciplineForm newForm,
            @NotBlank(message = REQUIRED) @Size(max = 60, message = "tối đa 60 ký tự (at most 60 characters)")
            String resolutionNumber,
            @NotNull(message = REQUIRED) @PastOrPresent(message = NOT_FUTURE) LocalDate resolutionDate,
            @Size(max = 4000, message = "tối đa 4000 ký tự (at most 4000 characters)") String reason,
            @NotNull(message = "bắt buộc: phiên bản đã đọc (required: the version you read)")
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") Long version) {
    }
}
