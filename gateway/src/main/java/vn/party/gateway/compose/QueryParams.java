package vn.party.gateway.compose;

import java.util.UUID;

import vn.party.common.problem.ProblemException;

/**
 * Query parameters read by hand: JAX-RS answers a value it cannot convert with a bare 404, where the caller
 * needs a 400 naming the field.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** A whole number in [min, max]; null when absent. */
    public static Integer year(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int year;
        try {
            year = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "phải là một năm, ví dụ 2021 (must be a year such as 2021)");
        }
        if (year < min || year > max) {
            throw ProblemException.invalidField(field, "phải từ %d đến %d (must be between %d and %d)"
                    .formatted(min, max, min, max));
        }
        return year;
    }

    public static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "bắt buộc (required)");
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "không phải UUID hợp lệ (not a valid UUID)");
        }
    }
}
