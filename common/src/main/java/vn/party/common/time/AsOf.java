package vn.party.common.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;

/**
 * The date a year's figures are counted on (docs/architecture.md, "Time"): every figure of a year counts records by
 * the organization tree as it stood on that date, 31 December of the year unless the caller gives {@code asOf}.
 * The date may be within the year or after it (a report redone later counts by a later tree), never before it.
 */
public final class AsOf {

    public static final String FIELD = "asOf";

    private AsOf() {
    }

    /**
     * {@code text} as an ISO date, or 31 December of {@code year} when absent; 400 naming {@code asOf} when it is
     * not a date, 422 naming it when it precedes the year.
     */
    public static LocalDate of(String text, int year) {
        LocalDate asOf = parse(text);
        if (asOf == null) {
            return LocalDate.of(year, 12, 31);
        }
        notBefore(asOf, LocalDate.of(year, 1, 1));
        return asOf;
    }

    /** {@code text} as an ISO date (null when absent); 400 naming {@code asOf} otherwise. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(FIELD, "ngày dạng YYYY-MM-DD (an ISO date, YYYY-MM-DD)");
        }
    }

    /** 422 naming {@code asOf} when it precedes the first day counted. */
    public static void notBefore(LocalDate asOf, LocalDate first) {
        if (asOf.isBefore(first)) {
            throw new ProblemException(ProblemType.RULE_VIOLATION,
                    "Ngày chốt số liệu " + asOf + " trước kỳ báo cáo bắt đầu " + first
                            + " (asOf must be within the period counted or after it)",
                    List.of(new Problem.FieldError(FIELD, "không được trước " + first + " (must not precede " + first + ")")));
        }
    }
}
