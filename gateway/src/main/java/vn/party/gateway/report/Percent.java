package vn.party.gateway.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as reports print them: from counts, rounded half-up to one decimal (55 of 56 → 98.2). */
final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** {@code part} of {@code whole} in percent, or null when there is nothing to divide by. */
    static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        // exact quotient first (10 digits are plenty for counts), then one rounding, half-up
        return part.multiply(HUNDRED).divide(whole, 10, RoundingMode.HALF_UP).setScale(1, RoundingMode.HALF_UP);
    }

    /** A percentage a source computed itself, to the report's one decimal. */
    static BigDecimal rounded(BigDecimal percent) {
        return percent == null ? null : percent.setScale(1, RoundingMode.HALF_UP);
    }
}
