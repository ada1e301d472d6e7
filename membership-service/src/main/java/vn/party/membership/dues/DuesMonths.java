package vn.party.membership.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import vn.party.common.problem.ProblemException;

/** Month query parameters ({@code YYYY-MM}) with a default; a malformed one is a 400 naming the parameter. */
final class DuesMonths {

    private DuesMonths() {
    }

    static YearMonth parse(String parameter, String value, YearMonth fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException malformed) {
            throw ProblemException.invalidField(parameter, "tháng dạng YYYY-MM, ví dụ 2026-03 (a month as YYYY-MM)");
        }
    }

    static LocalDate parseDate(String parameter, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException malformed) {
            throw ProblemException.invalidField(parameter, "ngày dạng YYYY-MM-DD (a date as YYYY-MM-DD)");
        }
    }
}
