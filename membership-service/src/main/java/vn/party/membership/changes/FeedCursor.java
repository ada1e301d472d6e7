package vn.party.membership.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import vn.party.common.problem.ProblemException;

/**
 * The integration feeds' opaque cursor: base64url (no padding) of {@code v1:<sequence>}, the change-log position the
 * client has applied up to. Clients store it and send it back; they must not build or parse it.
 */
public final class FeedCursor {

    private static final String PREFIX = "v1:";

    private FeedCursor() {
    }

    public static String encode(long sequence) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + sequence).getBytes(StandardCharsets.US_ASCII));
    }

    /** The sequence a cursor stands for; an absent or empty cursor is the beginning (0). */
    public static long decode(String field, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.US_ASCII);
            if (text.startsWith(PREFIX)) {
                String digits = text.substring(PREFIX.length());
                if (!digits.isEmpty() && digits.length() <= 18 && digits.chars().allMatch(Character::isDigit)) {
                    return Long.parseLong(digits);
                }
            }
        } catch (IllegalArgumentException malformed) {
            // falls through to the problem below
        }
        throw ProblemException.invalidField(field, "con trỏ không hợp lệ: dùng đúng giá trị 'cursor' của lần trả lời"
                + " trước, hoặc bỏ trống để đọc từ đầu (malformed cursor: send back the 'cursor' of the previous"
                + " answer, or nothing to start from the beginning)");
    }

    /** A non-negative sequence number given in plain digits (the internal event feed's {@code after}). */
    public static long sequence(String field, String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        String digits = value.trim();
        if (digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            throw ProblemException.invalidField(field, "phải là số thứ tự ≥ 0 (must be a sequence number ≥ 0)");
        }
        return Long.parseLong(digits);
    }

    /** The page size: 1..500, {@code fallback} when absent. */
    public static int limit(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String digits = value.trim();
        if (digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) {
            throw ProblemException.invalidField("limit", "phải từ 1 đến 500 (must be 1 to 500)");
        }
        int limit = Integer.parseInt(digits);
        if (limit < 1 || limit > 500) {
            throw ProblemException.invalidField("limit", "phải từ 1 đến 500 (must be 1 to 500)");
        }
        return limit;
    }
}
