package vn.party.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import vn.party.testsupport.TestTokens;

/**
 * Issue 12's second acceptance point end to end: a year (last year in Vietnam, so every date is past) in which
 * grassroots committee A is merged into grassroots committee B on 30 June, through membership's API. The gateway's
 * year-end report of B then has membership, inspection and events counting the same subtree on 31 December (B, its
 * cell, A's cell that moved under it, and A itself as B's predecessor), with A's records counted with B; the bloc's
 * figures are the same before and after the merge; A's open discipline case and open follow-up task sit with B; and
 * asked on 29 June, A still counts as itself.
 *
 * <p>The tree: bloc → A (cell A1), B (cell B1). Records of the year:
 * <ul>
 *   <li>members: a0 directly in A, a1 (official) and a2 (admitted 10 February) in A1; b1 (official) and b2 (admitted
 *   15 March) in B1;</li>
 *   <li>inspection: A inspected (decided 5 March, notified by 13 March) and B (decided 1 April, still open); a0 warned by A's standing committee (decided
 *   10 April, scope A); a case against A opened and left open;</li>
 *   <li>events: A's year-end summary (20 January) issuing a resolution with a follow-up task led by A, left open;
 *   monthly meetings of A1 (5 February) and B1 (6 February).</li>
 * </ul>
 */
class MidYearMergeIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int Y = LocalDate.now(VIETNAM).getYear() - 1;
    static final LocalDate MERGED_ON = LocalDate.of(Y, 6, 30);
    static final LocalDate DAY_BEFORE = LocalDate.of(Y, 6, 29);
    /** Before every member's admission, so the history of each organization covers the year. */
    static final LocalDate FOUNDED = LocalDate.of(2005, 1, 1);

    /** The figures that count records (not organizations): the bloc's must not change with the merge. */
    static final List<String> RECORD_FIGURES = List.of("members.total", "members.official", "members.probationary",
            "members.admitted", "inspection.inspections.visits", "inspection.inspections.organizations",
            "discipline.members.total", "discipline.members.byForm.WARNING", "meetings.held", "tasks.assigned");

    static SystemUnderTest system;
    static Fixtures fixtures;
    static UUID bloc, a, a1, b, b1;
    static UUID openCase, openTask;
    static JsonPath blocBefore;

    @BeforeAll
    static void yearWithAMergeOn30June() {
        system = SystemUnderTest.get();
        fixtures = new Fixtures(system);
        bloc = fixtures.organization("Đảng bộ Khối (sáp nhập giữa năm)", "BLOC_COMMITTEE", null, FOUNDED);
        a = fixtures.organization("Đảng bộ Sở Thông tin", "GRASSROOTS_COMMITTEE", bloc, FOUNDED);
        b = fixtures.organization("Đảng bộ Sở Văn hóa", "GRASSROOTS_COMMITTEE", bloc, FOUNDED);
        a1 = fixtures.organization("Chi bộ Phòng Báo chí", "SUBORDINATE_CELL", a, FOUNDED);
        b1 = fixtures.organization("Chi bộ Phòng Di sản", "SUBORDINATE_CELL", b, FOUNDED);

        UUID a0 = fixtures.officialMember("Ngô Văn Phúc", a);
        fixtures.officialMember("Trịnh Thị Quyên", a1);
        fixtures.member("Lưu Văn Sơn", a1, LocalDate.of(Y, 2, 10), null);
        fixtures.officialMember("Mai Thị Tâm", b1);
        fixtures.member("Hà Văn Uy", b1, LocalDate.of(Y, 3, 15), null);

        fixtures.notifiedInspection(bloc, a, LocalDate.of(Y, 3, 5)); // closed: stays on A
        fixtures.decidedInspection(bloc, b, LocalDate.of(Y, 4, 1));
        fixtures.discipline(a0, "WARNING", "STANDING_COMMITTEE", a, 9, 7, 2, LocalDate.of(Y, 2, 20),
                LocalDate.of(Y, 4, 10));
        openCase = fixtures.openOrganizationCase(a, "REPRIMAND", LocalDate.of(Y, 5, 5));

        UUID summary = fixtures.meeting(a, "YEAR_END_SUMMARY", OffsetDateTime.of(Y, 1, 20, 8, 0, 0, 0, ZoneOffset.ofHours(7)));
        openTask = fixtures.openFollowUpTask(summary, LocalDate.of(Y, 1, 21), a, LocalDate.of(Y, 12, 15));
        fixtures.meeting(a1, "MONTHLY_CELL_MEETING", OffsetDateTime.of(Y, 2, 5, 14, 0, 0, 0, ZoneOffset.ofHours(7)));
        fixtures.meeting(b1, "MONTHLY_CELL_MEETING", OffsetDateTime.of(Y, 2, 6, 14, 0, 0, 0, ZoneOffset.ofHours(7)));

        blocBefore = report(bloc, null);
        fixtures.merge(a, b, MERGED_ON);
    }

    @Test
    void theSuccessorsReportCountsTheSameSubtreeInEverySourceWithTheMergedRecords() {
        JsonPath json = report(b, null);
        assertFalse(json.getBoolean("partial"), "every source answered: " + json.getList("sections.status"));
        assertEquals(LocalDate.of(Y, 12, 31).toString(), json.getString("asOf"));
        assertSameSubtree(json, LocalDate.of(Y, 12, 31), 4); // B, B1, A1 (moved under B), A (B's predecessor)

        Map<String, Map<String, Object>> rows = rows(json);
        // organizations on 31 December: B and its two cells; A has ceased
        assertFigure("3", rows, "organizations.total", "B, B1, A1");
        assertFigure("2", rows, "organizations.subordinateCells", "B1 and A1");
        // members: a0 relocated to B by the merge, A1's with their cell, B1's
        assertFigure("5", rows, "members.total", "a0, a1, a2 (from A) with b1, b2");
        assertFigure("2", rows, "members.probationary", "a2, b2");
        assertFigure("2", rows, "members.admitted", "a2 (into A1) and b2");
        // inspection: A's inspection and A's decided case count with B
        assertFigure("2", rows, "inspection.inspections.visits", "A (before the merge) and B");
        assertFigure("2", rows, "inspection.inspections.organizations", "A and B");
        assertFigure("1", rows, "discipline.members.total", "a0, warned by A's standing committee");
        assertFigure("1", rows, "discipline.members.byForm.WARNING", "a0");
        // events: A's and A1's meetings, A's task (moved to B) with B1's meeting
        assertFigure("3", rows, "meetings.held", "A's summary, A1's and B1's monthly meetings");
        assertFigure("1", rows, "meetings.byKind.YEAR_END_SUMMARY", "A's summary");
        assertFigure("1", rows, "tasks.assigned", "A's task, now led by B");
    }

    @Test
    void theBlocsFiguresAreTheSameBeforeAndAfterTheMerge() {
        JsonPath after = report(bloc, null);
        assertFalse(after.getBoolean("partial"), "every source answered: " + after.getList("sections.status"));
        // the subtree counted holds the same five organizations: A ceased but counts with its successor
        assertSameSubtree(blocBefore, LocalDate.of(Y, 12, 31), 5);
        assertSameSubtree(after, LocalDate.of(Y, 12, 31), 5);
        Map<String, Map<String, Object>> before = rows(blocBefore);
        Map<String, Map<String, Object>> now = rows(after);
        for (String key : RECORD_FIGURES) {
            assertNotNull(now.get(key), key + " in " + now.keySet());
            assertEquals(0, new BigDecimal(before.get(key).get("value").toString())
                            .compareTo(new BigDecimal(now.get(key).get("value").toString())),
                    key + ": nothing lost or counted twice, before " + before.get(key).get("value") + ", after "
                            + now.get(key).get("value"));
        }
        assertFigure("5", now, "members.total", "the five members");
        assertFigure("2", now, "inspection.inspections.visits", "A and B");
        assertFigure("1", now, "discipline.members.total", "a0");
        assertFigure("3", now, "meetings.held", "three meetings");
        assertFigure("1", now, "tasks.assigned", "one task");
        // the organizations themselves: A is no longer there on 31 December
        assertFigure("5", before, "organizations.total", "before the merge");
        assertFigure("4", now, "organizations.total", "after the merge");
    }

    @Test
    void theDissolvedOrganizationsOpenCaseAndTaskSitWithTheSuccessor() {
        JsonPath disciplineCase = JsonPath.from(given().baseUri(system.url("inspection")).auth()
                .oauth2(TestTokens.blocAdmin()).get("/api/inspection/discipline/cases/" + openCase)
                .then().statusCode(200).extract().asString());
        assertEquals(b.toString(), disciplineCase.getString("organizationId"), "the open case moved to B");
        assertEquals("OPEN", disciplineCase.getString("status"));

        JsonPath task = JsonPath.from(given().baseUri(system.url("events")).auth().oauth2(TestTokens.blocAdmin())
                .get("/api/events/tasks/" + openTask).then().statusCode(200).extract().asString());
        assertEquals(b.toString(), task.getString("leadOrganizationId"), "the open task is led by B");
        assertEquals(b.toString(), task.getString("issuerId"), "and B confirms its closure");

        // B's inspector and secretary see them (scope by the record's organization, now B)
        given().baseUri(system.url("inspection")).auth().oauth2(TestTokens.inspector(b))
                .get("/api/inspection/discipline/cases/" + openCase).then().statusCode(200);
        given().baseUri(system.url("events")).auth().oauth2(TestTokens.secretary(b))
                .get("/api/events/tasks/" + openTask).then().statusCode(200);
    }

    @Test
    void onTheDayBeforeTheMergeTheMergedOrganizationCountsAsItself() {
        JsonPath ofA = report(a, DAY_BEFORE);
        assertEquals(DAY_BEFORE.toString(), ofA.getString("asOf"));
        assertSameSubtree(ofA, DAY_BEFORE, 2); // A and A1
        Map<String, Map<String, Object>> rowsA = rows(ofA);
        assertFigure("3", rowsA, "members.total", "a0, a1, a2 on 29 June");
        assertFigure("1", rowsA, "inspection.inspections.visits", "A");
        assertFigure("1", rowsA, "discipline.members.total", "a0");
        assertFigure("2", rowsA, "meetings.held", "A's summary, A1's monthly meeting");

        JsonPath ofB = report(b, DAY_BEFORE);
        assertSameSubtree(ofB, DAY_BEFORE, 2); // B and B1
        Map<String, Map<String, Object>> rowsB = rows(ofB);
        assertFigure("2", rowsB, "members.total", "b1, b2 on 29 June");
        assertFigure("1", rowsB, "inspection.inspections.visits", "B");
        assertFigure("0", rowsB, "discipline.members.total", "nothing decided in B");
        assertFigure("1", rowsB, "meetings.held", "B1's monthly meeting");
    }

    // ---------------------------------------------------------------- reading the report

    private static JsonPath report(UUID organization, LocalDate asOf) {
        RequestSpecification request = given().baseUri(system.url("gateway")).auth().oauth2(TestTokens.blocAdmin())
                .queryParam("year", Y).queryParam("organizationId", organization);
        if (asOf != null) {
            request = request.queryParam("asOf", asOf.toString());
        }
        String body = request.get("/api/reports/annual").then().statusCode(200).extract().asString();
        return JsonPath.with(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** membership, inspection, events and commendations each took {@code organizations} organizations on {@code asOf}. */
    private static void assertSameSubtree(JsonPath json, LocalDate asOf, long organizations) {
        List<Map<String, Object>> subtrees = json.getList("subtrees");
        assertEquals(List.of("membership", "inspection", "events", "commendations"),
                subtrees.stream().map(s -> s.get("source")).toList(), "every source said what it counted by");
        for (Map<String, Object> subtree : subtrees) {
            assertEquals(asOf.toString(), subtree.get("asOf"), "asOf of " + subtree);
            assertEquals(0, BigDecimal.valueOf(organizations).compareTo(new BigDecimal(subtree.get("organizations")
                    .toString())), "organizations counted by " + subtree);
        }
        assertTrue(json.getBoolean("sameSubtree"), "sameSubtree: " + subtrees);
    }

    /** key → row, in report order. */
    private static Map<String, Map<String, Object>> rows(JsonPath json) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        List<List<Map<String, Object>>> sections = json.getList("sections.rows");
        for (List<Map<String, Object>> section : sections) {
            for (Map<String, Object> row : section) {
                rows.put((String) row.get("key"), row);
            }
        }
        return rows;
    }

    private static void assertFigure(String expected, Map<String, Map<String, Object>> rows, String key, String what) {
        Map<String, Object> row = rows.get(key);
        assertNotNull(row, "row " + key + " in " + rows.keySet());
        Object actual = row.get("value");
        assertNotNull(actual, key + " (" + what + ")");
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual.toString())),
                key + " (" + what + "): expected " + expected + ", was " + actual);
    }
}
