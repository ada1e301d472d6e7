package vn.party.membership.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The party-dues numbers of one policy version (QĐ 342-QĐ/TW): {@code salaryPercent} of the declared monthly income
 * for members on a salary, {@code pensionPercent} of the pension for pensioners, a fixed monthly amount per band for
 * the others (each between {@code otherMinimum} and {@code otherMaximum} đồng). A computed percentage is rounded half
 * up to a multiple of {@code roundingUnit} đồng. {@code unpaidMonthsWarning} unpaid months in a year put a member on
 * the removal-warning list.
 */
public record DuesRates(
        BigDecimal salaryPercent,
        BigDecimal pensionPercent,
        long otherMinimum,
        long otherMaximum,
        long roundingUnit,
        int unpaidMonthsWarning,
        List<Band> bands) {

    /** The Charter's numbers as seeded by V8 (for examples and tests). */
    public static final DuesRates CHARTER = new DuesRates(new BigDecimal("1.000"), new BigDecimal("0.500"), 2_000,
            30_000, 1_000, 3, List.of(new Band("STUDENT", "Học sinh, sinh viên (students)", 2_000),
                    new Band("NO_REGULAR_INCOME", "Không có thu nhập thường xuyên (no regular income)", 5_000),
                    new Band("SELF_EMPLOYED", "Lao động tự do, kinh doanh cá thể (self-employed)", 20_000)));

    public DuesRates {
        bands = List.copyOf(bands);
    }

    /** A fixed monthly amount for members without salary or pension. */
    public record Band(String code, String name, long monthlyAmount) {
    }

    public Optional<Band> band(String code) {
        return bands.stream().filter(band -> band.code().equals(code)).findFirst();
    }
}
