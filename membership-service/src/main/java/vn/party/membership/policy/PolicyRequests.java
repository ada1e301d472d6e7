package vn.party.membership.policy;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

public final class PolicyRequests {

    private static final String REQUIRED = "bắt buộc (required)";
    private static final String POSITIVE = "phải > 0 (must be > 0)";

    private PolicyRequests() {
    }

    public record NewVersion(
            @NotNull(message = REQUIRED) LocalDate effectiveFrom,
            @NotBlank(message = REQUIRED) @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)")
            String reference,
            @NotNull(message = REQUIRED) @Positive(message = POSITIVE) @Max(value = 1200, message = "≤ 1200")
            Integer minAdmissionAgeMonths,
            @NotNull(message = REQUIRED) @Positive(message = POSITIVE) @Max(value = 1200, message = "≤ 1200")
            Integer maxAdmissionAgeMonths,
            @NotNull(message = REQUIRED) @Positive(message = POSITIVE) @Max(value = 120, message = "≤ 120")
            Integer probationMonths,
            @NotNull(message = REQUIRED) @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") @Max(value = 240, message = "≤ 240")
            Integer introducerMinMonths,
            @NotNull(message = REQUIRED) @Positive(message = POSITIVE) @Max(value = 1000, message = "≤ 1000")
            Integer decisionDeadlineWorkingDays,
            @NotNull(message = REQUIRED) @Positive(message = POSITIVE) @Max(value = 1000, message = "≤ 1000")
            Integer ceremonyDeadlineWorkingDays,
            @NotNull(message = REQUIRED) @Positive(message = POSITIVE) @Max(value = 1000, message = "≤ 1000")
            Integer probationReviewWorkingDays,
            @NotNull(message = REQUIRED) @Positive(message = POSITIVE) Integer cellVoteNumerator,
            @NotNull(message = REQUIRED) @Positive(message = POSITIVE) @Max(value = 1000, message = "≤ 1000")
            Integer cellVoteDenominator,
            @NotNull(message = REQUIRED) @Positive(message = POSITIVE) Integer committeeVoteNumerator,
            @NotNull(message = REQUIRED) @Positive(message = POSITIVE) @Max(value = 1000, message = "≤ 1000")
            Integer committeeVoteDenominator,
            @NotNull(message = REQUIRED) @Positive(message = POSITIVE) @Max(value = 20, message = "≤ 20")
            Integer failedProbationVotesBeforeEscalation) {
    }
}
