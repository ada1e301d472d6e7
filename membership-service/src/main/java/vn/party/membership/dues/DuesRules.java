package vn.party.membership.dues;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.party.common.problem.ProblemException;
import vn.party.membership.policy.DuesRates;

/**
 * The monthly due of one member under one policy version's rates. Plain arithmetic on whole đồng (never floating
 * point): {@code income × percent / 100} rounded half up to a multiple of the version's rounding unit (1,000 đồng as
 * seeded: under 500 đồng is dropped, 500 and over counts as 1,000), or the band's fixed amount; the voluntary extra is
 * added after rounding, as declared.
 */
public final class DuesRules {

    public static final String BAND_UNKNOWN = "dues.band-unknown";

    private DuesRules() {
    }

    /** What a basis declares: the category, the amount it is computed from (or the band) and the voluntary extra. */
    public record Basis(DuesCategory category, Long monthlyIncome, Long monthlyPension, String bandCode,
            long voluntaryExtra) {
    }

    /** The due of a month: the part set by the rates, the voluntary extra, and their sum. */
    public record MonthlyDue(long required, long voluntaryExtra, long total) {
    }

    public static MonthlyDue due(Basis basis, DuesRates rates) {
        long required = switch (basis.category()) {
            case SALARIED -> percentOf(basis.monthlyIncome(), rates.salaryPercent(), rates.roundingUnit());
            case PENSIONER -> percentOf(basis.monthlyPension(), rates.pensionPercent(), rates.roundingUnit());
            case OTHER -> rates.band(basis.bandCode()).map(DuesRates.Band::monthlyAmount)
                    .orElseThrow(() -> ProblemException.ruleViolated(BAND_UNKNOWN, "Mức đảng phí " + basis.bandCode()
                            + " không có trong quy định (no such band in the policy version; bands: "
                            + rates.bands().stream().map(DuesRates.Band::code).toList() + ")"));
        };
        return new MonthlyDue(required, basis.voluntaryExtra(), Math.addExact(required, basis.voluntaryExtra()));
    }

    /** {@code amount × percent / 100}, rounded half up to a multiple of {@code unit} đồng. */
    public static long percentOf(long amount, BigDecimal percent, long unit) {
        BigDecimal units = BigDecimal.valueOf(amount).multiply(percent)
                .divide(BigDecimal.valueOf(100L).multiply(BigDecimal.valueOf(unit)))
                .setScale(0, RoundingMode.HALF_UP);
        return units.longValueExact() * unit;
    }
}
