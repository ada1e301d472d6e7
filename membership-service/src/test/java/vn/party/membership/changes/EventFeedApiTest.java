package vn.party.membership.changes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.party.membership.leaving.LeavingTestSupport;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class EventFeedApiTest {

    private static final String EVENTS = "/api/membership/events";

    private UUID bloc;
    private UUID cell;

    @BeforeEach
    void tree() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        bloc = LeavingTestSupport.organization("EV-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        cell = LeavingTestSupport.organization("EVC-" + suffix, "Chi bộ Sở Tài chính", "GRASSROOTS_CELL", bloc);
    }

    private static JsonPath page(long after, int limit) {
        return given().auth().oauth2(FeedTestSupport.feedReader()).queryParam("after", after).queryParam("limit", limit)
                .when().get(EVENTS).then().statusCode(200).extract().jsonPath();
    }

    /** Every event after {@code after}, following {@code next} until hasMore is false. */
    private static List<Map<String, Object>> allAfter(long after) {
        List<Map<String, Object>> all = new ArrayList<>();
        boolean more = true;
        long next = after;
        while (more) {
            JsonPath page = page(next, 500);
            all.addAll(page.getList("items"));
            next = page.getLong("next");
            more = page.getBoolean("hasMore");
        }
        return all;
    }

    private static long head() {
        List<Map<String, Object>> all = allAfter(0);
        return all.isEmpty() ? 0 : ((Number) all.get(all.size() - 1).get("sequence")).longValue();
    }

    @Test
    void aMembersChangesComeInOrderWithTheirDomainNamesAndNoSensitiveData() {
        long start = head();
        UUID member = LeavingTestSupport.member(cell, "Phan Văn Sự", "2012-05-19", "2013-05-19");
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("reason", "NOT_ATTENDING_OR_PAYING", "decidedOn", "2025-03-10", "decisionRef", "12-QĐ/ĐU",
                        "version", 0))
                .when().post("/api/membership/members/" + member + "/removal").then().statusCode(200);

        List<Map<String, Object>> mine = allAfter(start).stream()
                .filter(e -> member.toString().equals(e.get("resourceId"))).toList();
        assertEquals(2, mine.size(), mine.toString());
        Map<String, Object> created = mine.get(0);
        assertEquals("MEMBER", created.get("resourceType"));
        assertEquals("CREATED", created.get("change"));
        assertNull(created.get("event"));
        assertEquals(cell.toString(), created.get("organizationId"));
        assertEquals("2012-05-19", created.get("effectiveDate"));
        Map<String, Object> removed = mine.get(1);
        assertEquals("STATUS_CHANGED", removed.get("change"));
        assertEquals("REMOVED", removed.get("event"));
        assertEquals("2025-03-10", removed.get("effectiveDate"));
        assertTrue(((Number) removed.get("sequence")).longValue() > ((Number) created.get("sequence")).longValue());
        assertTrue(removed.get("occurredAt").toString().endsWith("Z"), removed.toString());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> payload = (Map<String, Map<String, Object>>) removed.get("payload");
        assertEquals("OFFICIAL", payload.get("details").get("previousStatus"));
        assertEquals("12-QĐ/ĐU", payload.get("details").get("decisionRef"));
        assertEquals("REMOVED", payload.get("snapshot").get("status"));
        assertEquals("Phan Văn Sự", payload.get("snapshot").get("fullName"));
        assertEquals(1980, payload.get("snapshot").get("birthYear"));
        // no CCCD, phone or birth date leaves through the feed
        assertFalse(payload.get("snapshot").containsKey("nationalId"));
        assertFalse(payload.get("snapshot").containsKey("dateOfBirth"));
    }

    @Test
    void probationEndsAsOfficialOrRemovedAndTheFeedSaysWhich() {
        long start = head();
        UUID passed = LeavingTestSupport.member(cell, "Quách Thị Đạt", "2024-10-01", null);
        UUID failed = LeavingTestSupport.member(cell, "Mẫn Văn Trượt", "2024-10-01", null);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("votedOn", "2025-12-10", "entitledVoters", 9, "votesFor", 9, "decisionRef", "45-QĐ/ĐU"))
                .when().post("/api/membership/members/" + passed + "/recognition").then().statusCode(200);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("decidedOn", "2025-10-20", "decisionRef", "50-QĐ/ĐU", "reason", "Không đủ tư cách"))
                .when().post("/api/membership/members/" + failed + "/probation-removal").then().statusCode(200);
        List<Map<String, Object>> events = allAfter(start);
        assertEquals(List.of("CREATED/null", "STATUS_CHANGED/OFFICIAL"), events.stream()
                .filter(e -> passed.toString().equals(e.get("resourceId")))
                .map(e -> e.get("change") + "/" + e.get("event")).toList());
        assertEquals(List.of("CREATED/null", "STATUS_CHANGED/REMOVED"), events.stream()
                .filter(e -> failed.toString().equals(e.get("resourceId")))
                .map(e -> e.get("change") + "/" + e.get("event")).toList());
        Map<String, Object> official = events.stream().filter(e -> passed.toString().equals(e.get("resourceId"))
                && "OFFICIAL".equals(e.get("event"))).findFirst().orElseThrow();
        assertEquals("2025-10-01", official.get("effectiveDate")); // the exact end of probation
    }

    @Test
    void anOrganizationsCreationNamesItsParent() {
        long start = head();
        UUID created = LeavingTestSupport.organization("EVN-" + UUID.randomUUID().toString().substring(0, 8),
                "Chi bộ Sở Y tế", "GRASSROOTS_CELL", bloc);
        Map<String, Object> event = allAfter(start).stream()
                .filter(e -> created.toString().equals(e.get("resourceId"))).findFirst().orElseThrow();
        assertEquals("ORGANIZATION", event.get("resourceType"));
        assertEquals("CREATED", event.get("change"));
        assertEquals(bloc.toString(), event.get("organizationId"));
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        long start = head();
        for (int i = 0; i < 3; i++) {
            LeavingTestSupport.member(cell, "Đỗ Thị Trang", "2015-01-10", "2016-01-10");
        }
        List<Long> sequences = new ArrayList<>();
        long after = start;
        boolean more = true;
        while (more) {
            JsonPath page = page(after, 1);
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                assertEquals(after, page.getLong("next")); // nothing new: next is the given after
                break;
            }
            long sequence = ((Number) items.get(0).get("sequence")).longValue();
            assertEquals(sequence, page.getLong("next"));
            sequences.add(sequence);
            after = sequence;
            more = page.getBoolean("hasMore");
        }
        assertTrue(sequences.size() >= 3, sequences.toString());
        for (int i = 0; i < sequences.size(); i++) {
            assertEquals(start + 1 + i, sequences.get(i));
        }
        // the whole log, from the beginning, is numbered 1..n without a hole (rollbacks gave their numbers back)
        List<Map<String, Object>> all = allAfter(0);
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1L, ((Number) all.get(i).get("sequence")).longValue());
        }
        given().auth().oauth2(FeedTestSupport.feedReader()).queryParam("after", start).queryParam("limit", 2)
                .when().get(EVENTS).then().statusCode(200).body("hasMore", equalTo(true))
                .body("items.size()", equalTo(2)).body("next", equalTo((int) start + 2));
    }

    @Test
    void onlyEventsServiceAndTheBlocOfficeReadTheFeed() {
        given().when().get(EVENTS).then().statusCode(401);
        // inspection's client produces effects but does not read the feed; the retired shared role reads nothing
        for (String token : new String[] {TestTokens.secretary(bloc), TestTokens.inspector(bloc),
                TestTokens.integration(bloc), TestTokens.member(cell, UUID.randomUUID()),
                FeedTestSupport.effectsProducer(),
                TestTokens.token("service-account-party-services", java.util.Set.of("party-service"), null, null)}) {
            given().auth().oauth2(token).when().get(EVENTS).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("limit", 1).when().get(EVENTS).then().statusCode(200);
        given().auth().oauth2(FeedTestSupport.feedReader()).queryParam("limit", 1).when().get(EVENTS).then()
                .statusCode(200);
        given().auth().oauth2(FeedTestSupport.feedReader()).queryParam("after", "abc").when().get(EVENTS).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("after"));
        given().auth().oauth2(FeedTestSupport.feedReader()).queryParam("limit", 0).when().get(EVENTS).then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(FeedTestSupport.feedReader()).queryParam("limit", 501).when().get(EVENTS).then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
    }
}
