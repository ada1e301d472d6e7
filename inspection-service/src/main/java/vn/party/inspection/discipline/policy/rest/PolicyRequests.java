package vn.party.inspection.discipline.policy.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.party.contracts.effects.DecidingBodyKind;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.discipline.TargetKind;

public final class PolicyRequests {

    private static final String REQUIRED = "bắt buộc (required)";

    private PolicyRequests() {
    }

    /**
     * A new version of the discipline rules from {@code effectiveFrom}. {@code forms} gives every form exactly once;
     * {@code authorities} (the authority matrix) may be left out to keep the matrix of the version it follows.
     */
    public record Create(
            @NotNull(message = REQUIRED) LocalDate effectiveFrom,
            @NotBlank(message = REQUIRED) @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)") String source,
            @NotNull(message = REQUIRED) @Min(value = 1, message = "phải ≥ 1 (must be ≥ 1)")
            @Max(value = 3650, message = "tối đa 3650 (at most 3650)") Integer suspensionMaxInitialDays,
            @NotNull(message = REQUIRED) @Min(value = 1, message = "phải ≥ 1 (must be ≥ 1)")
            @Max(value = 3650, message = "tối đa 3650 (at most 3650)") Integer suspensionMaxTotalDays,
            @NotNull(message = REQUIRED) @Min(value = 1, message = "phải ≥ 1 (must be ≥ 1)")
            @Max(value = 120, message = "tối đa 120 (at most 120)") Integer complaintWindowMonths,
            @NotEmpty(message = REQUIRED) List<@NotNull(message = REQUIRED) @Valid FormRule> forms,
            List<@NotNull(message = REQUIRED) @Valid Authority> authorities) {
    }

    /** Statute of limitations in years (null: none) and the vote over all entitled voters (strict: "more than"). */
    public record FormRule(
            @NotNull(message = REQUIRED) DisciplineForm form,
            @Min(value = 1, message = "phải ≥ 1 (must be ≥ 1)") @Max(value = 100, message = "tối đa 100 (at most 100)")
            Integer statuteYears,
            @NotNull(message = REQUIRED) @Min(value = 1, message = "phải ≥ 1 (must be ≥ 1)")
            @Max(value = 100, message = "tối đa 100 (at most 100)") Integer voteNumerator,
            @NotNull(message = REQUIRED) @Min(value = 1, message = "phải ≥ 1 (must be ≥ 1)")
            @Max(value = 100, message = "tối đa 100 (at most 100)") Integer voteDenominator,
            @NotNull(message = REQUIRED) Boolean voteStrict) {
    }

    /** One cell of the authority matrix: this kind of body may impose this form on this kind of target. */
    public record Authority(
            @NotNull(message = REQUIRED) DecidingBodyKind bodyKind,
            @NotNull(message = REQUIRED) TargetKind targetKind,
            @NotNull(message = REQUIRED) DisciplineForm form) {
    }
}
