package vn.party.membership.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
            Integer failedProbationVotesBeforeEscalation,
            // transfers (V6) and dues (V8): left out, each keeps the latest version's value
            @Positive(message = POSITIVE) @Max(value = 1000, message = "≤ 1000") Integer transferRequestWorkingDays,
            @Positive(message = POSITIVE) @Max(value = 1000, message = "≤ 1000") Integer transferPresentationWorkingDays,
            @Positive(message = POSITIVE) @Max(value = 120, message = "≤ 120") Integer temporaryTransferMinMonths,
            @Positive(message = POSITIVE) @Max(value = 120, message = "≤ 120") Integer temporaryTransferMaxMonths,
            @Positive(message = POSITIVE) @Max(value = 120, message = "≤ 120") Integer studyTransferMaxMonths,
            @Valid Dues dues,
            // issue 19 (V19_2): left out, each keeps the latest version's value
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") @Max(value = 1000, message = "≤ 1000")
            Integer decisionExtensionMaxWorkingDays,
            @Positive(message = POSITIVE) @Max(value = 100, message = "≤ 100") Integer minCellOfficialMembers) {
    }

    /** The dues numbers of a new version; all required when given (left out, the latest version's are kept). */
    public record Dues(
            @NotNull(message = REQUIRED) @DecimalMin(value = "0", inclusive = false, message = POSITIVE)
            @DecimalMax(value = "100", message = "≤ 100") @Digits(integer = 3, fraction = 3,
                    message = "tối đa 3 chữ số thập phân (at most 3 decimals)")
            BigDecimal salaryPercent,
            @NotNull(message = REQUIRED) @DecimalMin(value = "0", inclusive = false, message = POSITIVE)
            @DecimalMax(value = "100", message = "≤ 100") @Digits(integer = 3, fraction = 3,
                    message = "tối đa 3 chữ số thập phân (at most 3 decimals)")
            BigDecimal pensionPercent,
            @NotNull(message = REQUIRED) @Positive(message = POSITIVE) @Max(value = 100_000_000, message = "≤ 100000000")
            Long otherMinimum,
            @NotNull(message = REQUIRED) @Positive(message = POSITIVE) @Max(value = 100_000_000, message = "≤ 100000000")
            Long otherMaximum,
            @NotNull(message = REQUIRED) Long roundingUnit,
            @NotNull(message = REQUIRED) @Positive(message = POSITIVE) @Max(value = 12, message = "≤ 12")
            Integer unpaidMonthsWarning,
            @NotEmpty(message = REQUIRED) List<@NotNull(message = REQUIRED) @Valid Band> bands) {
    }

    public record Band(
            @NotNull(message = REQUIRED) @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}",
                    message = "chữ in hoa, số, gạch dưới; tối đa 40 ký tự (A-Z, 0-9, _; at most 40)")
            String code,
            @NotBlank(message = REQUIRED) @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)")
            String name,
            @NotNull(message = REQUIRED) @Positive(message = POSITIVE) Long monthlyAmount) {
    }
}
