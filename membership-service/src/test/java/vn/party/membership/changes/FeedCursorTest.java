package vn.party.membership.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;

class FeedCursorTest {

    @Test
    void aCursorStandsForItsSequenceAndNothingIsTheBeginning() {
        assertEquals(0, FeedCursor.decode("since", null));
        assertEquals(0, FeedCursor.decode("since", ""));
        assertEquals(4711, FeedCursor.decode("since", FeedCursor.encode(4711)));
        assertEquals("djE6ODE1", FeedCursor.encode(815)); // base64url of "v1:815", no padding
    }

    @Test
    void aMalformedCursorIsRefusedNamingTheField() {
        for (String bad : new String[] {"abc!", "djE6", "djI6MTI=", base64("v1:-5"), base64("v1:12x"), "12",
                base64("v1:99999999999999999999")}) {
            ProblemException problem = assertThrows(ProblemException.class, () -> FeedCursor.decode("since", bad), bad);
            assertEquals(ProblemType.VALIDATION, problem.type());
            assertEquals("since", problem.errors().get(0).field());
        }
    }

    @Test
    void limitsAreOneToFiveHundred() {
        assertEquals(100, FeedCursor.limit(null, 100));
        assertEquals(1, FeedCursor.limit("1", 100));
        assertEquals(500, FeedCursor.limit("500", 100));
        for (String bad : new String[] {"0", "501", "-1", "x", "99999"}) {
            ProblemException problem = assertThrows(ProblemException.class, () -> FeedCursor.limit(bad, 100), bad);
            assertEquals("limit", problem.errors().get(0).field());
        }
        assertEquals(12, FeedCursor.sequence("after", "12"));
        assertThrows(ProblemException.class, () -> FeedCursor.sequence("after", "-1"));
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}
