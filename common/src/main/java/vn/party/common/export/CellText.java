package vn.party.common.export;

import java.util.regex.Pattern;

/**
 * Text written into an exported spreadsheet or CSV cell. A value starting with {@code = + - @}, a tab or a carriage
 * return is read by Excel as a formula (CSV/formula injection: a member's "job title" {@code =HYPERLINK(...)} runs on
 * the office's computer), so it gets a leading {@code '}, which Excel shows as text. Plain numbers ({@code -5},
 * {@code +84912345678}) are left alone: they are data, not formulas.
 */
public final class CellText {

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?");

    private CellText() {
    }

    public static String neutralize(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }

    /** Strings neutralized, anything else (numbers, dates, null) unchanged. */
    public static Object neutralize(Object value) {
        return value instanceof String text ? neutralize(text) : value;
    }
}
