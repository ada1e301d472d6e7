package vn.party.membership.dues;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the dues endpoints. Months are {@code YYYY-MM}; amounts whole đồng. */
public final class DuesRequests {

    private static final String REQUIRED = "bắt buộc (required)";
    private static final String POSITIVE = "phải > 0 (must be > 0)";
    /** A sanity bound (10 billion đồng a month), so arithmetic never overflows. */
    private static final long MAX_AMOUNT = 10_000_000_000L;

    private DuesRequests() {
    }

    /**
     * A basis from {@code effectiveMonth}: SALARIED needs {@code monthlyIncome}, PENSIONER {@code monthlyPension},
     * OTHER {@code bandCode} (one of the policy's bands); {@code voluntaryExtra} is added to the due (default 0).
     * {@code version} is required on an edit.
     */
    public record Basis(
            @NotNull(message = REQUIRED) YearMonth effectiveMonth,
            @NotNull(message = REQUIRED) DuesCategory category,
            @Positive(message = POSITIVE) @Max(value = MAX_AMOUNT, message = "≤ 10000000000") Long monthlyIncome,
            @Positive(message = POSITIVE) @Max(value = MAX_AMOUNT, message = "≤ 10000000000") Long monthlyPension,
            @Size(max = 40, message = "tối đa 40 ký tự (at most 40 characters)") String bandCode,
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") @Max(value = MAX_AMOUNT, message = "≤ 10000000000")
            Long voluntaryExtra,
            @Size(max = 500, message = "tối đa 500 ký tự (at most 500 characters)") String note,
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") Long version) {
    }

    /** One payment towards {@code month}'s due, collected by a named person on {@code paidOn}. */
    public record Payment(
            @NotNull(message = REQUIRED) YearMonth month,
            @NotNull(message = REQUIRED) @Positive(message = POSITIVE)
            @Max(value = MAX_AMOUNT, message = "≤ 10000000000") Long amount,
            @NotNull(message = REQUIRED) LocalDate paidOn,
            @NotBlank(message = "bắt buộc: người thu (required: who collected it)")
            @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String collectedBy,
            @Size(max = 500, message = "tối đa 500 ký tự (at most 500 characters)") String note) {
    }
}
