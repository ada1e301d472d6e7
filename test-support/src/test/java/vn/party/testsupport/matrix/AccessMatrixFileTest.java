package vn.party.testsupport.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AccessMatrixFileTest {

    private static final String HEADER = "operation, anonymous, bloc-admin, org-secretary, inspector, inspection-head, member, integration,"
            + " effects-producer, event-feed-reader";

    @Test
    void aRowGivesOneOutcomePerCallerInColumnOrder() {
        AccessMatrixFile file = AccessMatrixFile.parse("m.csv", List.of("# who may call what", "", HEADER,
                "post  /api/x/{id},  401, allowed, 403, 403, 403, 403, 403, allowed, 403"));

        assertEquals(List.of(), file.problems());
        Map<String, Outcome> row = file.rows().get("POST /api/x/{id}");
        assertEquals(Outcome.UNAUTHENTICATED, row.get("anonymous"));
        assertEquals(Outcome.ALLOWED, row.get("bloc-admin"));
        assertEquals(Outcome.FORBIDDEN, row.get("org-secretary"));
        assertEquals(Outcome.ALLOWED, row.get("effects-producer"));
    }

    @Test
    void swappedColumnsBadCellsShortRowsAndDuplicatesAreAllReported() {
        AccessMatrixFile file = AccessMatrixFile.parse("m.csv", List.of(
                HEADER.replace("inspector, inspection-head", "inspection-head, inspector"),
                "GET /api/x, 401, allowed, 404, 403, 403, 403, 403, 403, 403",
                "GET /api/y, 401, allowed",
                "/api/z, 401, allowed, 403, 403, 403, 403, 403, 403, 403",
                "GET /api/w, 401, allowed, 403, 403, 403, 403, 403, 403, 403",
                "GET /api/w, 401, allowed, 403, 403, 403, 403, 403, 403, 403"));

        List<String> problems = file.problems();
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("m.csv:1: header must be"));
        assertTrue(problems.get(1).contains("\"404\" for org-secretary"));
        assertTrue(problems.get(2).startsWith("m.csv:3: expected 10 cells"));
        assertTrue(problems.get(3).contains("is not \"METHOD /path\""));
        assertTrue(problems.get(4).contains("GET /api/w is declared twice"));
    }

    @Test
    void anyAnswerButARefusalOrAServerErrorIsAllowed() {
        assertEquals(Outcome.UNAUTHENTICATED, Outcome.of(401));
        assertEquals(Outcome.FORBIDDEN, Outcome.of(403));
        for (int status : new int[] {200, 201, 204, 400, 404, 409, 415, 422}) {
            assertEquals(Outcome.ALLOWED, Outcome.of(status), "status " + status);
        }
        assertEquals(Outcome.SERVER_ERROR, Outcome.of(500));
        assertEquals(Outcome.SERVER_ERROR, Outcome.of(503));
    }

    @Test
    void sampleValuesFollowTheParameterSchema() {
        assertEquals(SampleRequests.UNKNOWN_ID, SampleRequests.sample("id", Map.of("type", "string", "format", "uuid")));
        assertEquals("DRAFT", SampleRequests.sample("status", Map.of("type", "string", "enum", List.of("DRAFT", "SENT"))));
        assertEquals("1", SampleRequests.sample("page", Map.of("type", "integer")));
        assertEquals("false", SampleRequests.sample("all", Map.of("type", "boolean")));
        assertEquals(10, SampleRequests.sample("on", Map.of("type", "string", "format", "date")).length());
    }
}
