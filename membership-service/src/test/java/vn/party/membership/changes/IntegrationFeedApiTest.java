package vn.party.membership.changes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.membership.leaving.LeavingTestSupport;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class IntegrationFeedApiTest {

    private static final String MEMBERS = "/api/integration/members/changes";
    private static final String ORGANIZATIONS = "/api/integration/organizations/changes";
    private static final String PROBLEM = "application/problem+json";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private String suffix;
    private UUID bloc;
    private UUID grassroots;
    private UUID cellA;
    private UUID cellA2;
    private UUID otherGrassroots;
    private UUID cellB;

    @BeforeEach
    void tree() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        bloc = LeavingTestSupport.organization("IK-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        grassroots = LeavingTestSupport.organization("IG-" + suffix, "Đảng bộ Sở Công Thương", "GRASSROOTS_COMMITTEE",
                bloc);
        cellA = LeavingTestSupport.organization("IA-" + suffix, "Chi bộ Phòng Quản lý", "SUBORDINATE_CELL", grassroots);
        cellA2 = LeavingTestSupport.organization("IA2-" + suffix, "Chi bộ Phòng Thương mại", "SUBORDINATE_CELL",
                grassroots);
        otherGrassroots = LeavingTestSupport.organization("IO-" + suffix, "Đảng bộ Sở Nông nghiệp",
                "GRASSROOTS_COMMITTEE", bloc);
        cellB = LeavingTestSupport.organization("IB-" + suffix, "Chi bộ Văn phòng", "SUBORDINATE_CELL",
                otherGrassroots);
    }

    private static long version(String path) {
        return ((Number) given().auth().oauth2(TestTokens.blocAdmin()).when().get(path).then().statusCode(200)
                .extract().path("version")).longValue();
    }

    /** What the register lists for the subtree, read with the same client's token: id → [fullName, status]. */
    private static Map<UUID, List<Object>> listed(UUID root, String token) {
        List<Map<String, Object>> items = given().auth().oauth2(token).queryParam("organizationId", root)
                .queryParam("size", 200).when().get("/api/membership/members").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().collect(Collectors.toMap(m -> UUID.fromString((String) m.get("id")),
                m -> List.of(m.get("fullName"), m.get("status"))));
    }

    private static Map<UUID, List<Object>> copied(FeedTestSupport.Copy copy) {
        return copy.records.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> List.of(e.getValue().get("fullName"), e.getValue().get("status"))));
    }

    @Test
    void aMemberOrOrganizationLeavingTheSubtreeBecomesATombstoneAndTheCopyStaysExact() {
        String client = FeedTestSupport.integration(grassroots, null);
        UUID first = LeavingTestSupport.member(cellA, "Nguyễn Thị Một", "2012-05-19", "2013-05-19");
        UUID second = LeavingTestSupport.member(cellA2, "Trần Văn Hai", "2014-05-19", "2015-05-19");
        UUID outside = LeavingTestSupport.member(cellB, "Lê Văn Ngoài", "2014-05-19", "2015-05-19");
        FeedTestSupport.Copy members = new FeedTestSupport.Copy(MEMBERS, client);
        FeedTestSupport.Copy organizations = new FeedTestSupport.Copy(ORGANIZATIONS, client);
        members.catchUp(100);
        organizations.catchUp(100);
        assertEquals(Set.of(first, second), members.records.keySet());
        assertEquals(Set.of(grassroots, cellA, cellA2), organizations.records.keySet());
        Map<String, Object> data = members.records.get(first);
        assertEquals("Nguyễn Thị Một", data.get("fullName"));
        assertEquals("FEMALE", data.get("gender"));
        assertEquals(1980, data.get("birthYear"));
        assertEquals(cellA.toString(), data.get("organizationId"));
        assertEquals("OFFICIAL", data.get("status"));
        assertEquals("2012-05-19", data.get("admissionDate"));
        assertEquals("2013-05-19", data.get("officialDate"));
        assertFalse(data.containsKey("nationalId"), "no CCCD without the national-id scope");
        assertFalse(members.items.stream().anyMatch(i -> outside.toString().equals(i.get("id"))));

        // cell A2 moves under the other grassroots organization: it and its member leave the client's subtree
        String a2 = "/api/membership/organizations/" + cellA2;
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("parentId", otherGrassroots.toString(), "effectiveOn", TODAY.toString(),
                        "decisionRef", "5-QĐ/ĐUK", "version", version(a2)))
                .when().post(a2 + "/move").then().statusCode(200);
        List<Map<String, Object>> memberItems = members.catchUp(100);
        assertEquals(List.of(Map.of("id", second.toString(), "change", "DELETE")), memberItems.stream()
                .map(i -> Map.of("id", i.get("id"), "change", i.get("change"))).toList());
        assertNull(memberItems.get(0).get("data"));
        organizations.catchUp(100);
        assertEquals(Set.of(grassroots, cellA), organizations.records.keySet());

        // cell A merges into cell B, outside: its member leaves; the merged cell itself stays, as MERGED
        String a = "/api/membership/organizations/" + cellA;
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("targetId", cellB.toString(), "effectiveOn", TODAY.toString(), "version", version(a)))
                .when().post(a + "/merge").then().statusCode(200);
        members.catchUp(100);
        organizations.catchUp(100);
        assertEquals(Map.of(), copied(members));
        assertEquals(listed(grassroots, client), copied(members));
        assertEquals("MERGED", organizations.records.get(cellA).get("status"));

        // the other side's client sees both members arrive, and its copy matches the register
        String otherClient = FeedTestSupport.integration(otherGrassroots, null);
        FeedTestSupport.Copy theirs = new FeedTestSupport.Copy(MEMBERS, otherClient);
        theirs.catchUp(2);
        assertEquals(Set.of(first, second, outside), theirs.records.keySet());
        assertEquals(listed(otherGrassroots, otherClient), copied(theirs));
        assertEquals(cellB.toString(), theirs.records.get(first).get("organizationId"));
    }

    @Test
    void theCccdIsSentOnlyToClientsGrantedTheNationalIdScope() {
        UUID member = LeavingTestSupport.member(cellA, "Phạm Thị Căn", "2012-05-19", "2013-05-19");
        String nationalId = given().auth().oauth2(TestTokens.blocAdmin()).when().get("/api/membership/members/" + member)
                .then().statusCode(200).extract().path("nationalId");
        for (String scope : new String[] {null, "openid profile", "national-id-extra", "national"}) {
            FeedTestSupport.Copy copy = new FeedTestSupport.Copy(MEMBERS, FeedTestSupport.integration(cellA, scope));
            copy.catchUp(500);
            assertFalse(copy.records.get(member).containsKey("nationalId"), "scope " + scope);
        }
        FeedTestSupport.Copy granted = new FeedTestSupport.Copy(MEMBERS,
                FeedTestSupport.integration(cellA, "openid national-id profile"));
        granted.catchUp(500);
        assertEquals(nationalId, granted.records.get(member).get("nationalId"));
    }

    @Test
    void theCursorIsOpaqueAndAMalformedOneIsRefused() {
        String client = FeedTestSupport.integration(cellA, null);
        given().auth().oauth2(client).queryParam("since", "not-a-cursor").when().get(MEMBERS).then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("since"));
        given().auth().oauth2(client).queryParam("since", "djI6MTI").when().get(ORGANIZATIONS).then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("since"));
        given().auth().oauth2(client).queryParam("limit", 0).when().get(MEMBERS).then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
        // an empty cursor is the beginning, like none
        LeavingTestSupport.member(cellA, "Vũ Văn Đầu", "2012-05-19", "2013-05-19");
        String fromNothing = given().auth().oauth2(client).when().get(MEMBERS).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("hasMore", equalTo(false)).extract().path("cursor");
        given().auth().oauth2(client).queryParam("since", "").when().get(MEMBERS).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("cursor", equalTo(fromNothing));
        // caught up: nothing new, the same cursor back
        given().auth().oauth2(client).queryParam("since", fromNothing).when().get(MEMBERS).then().statusCode(200)
                .body("items", empty()).body("hasMore", equalTo(false)).body("cursor", equalTo(fromNothing));
    }

    @Test
    void onlyIntegrationClientsAndTheBlocOfficeReadAndIntegrationNeverWrites() {
        UUID member = LeavingTestSupport.member(cellA, "Hoàng Văn Quyền", "2012-05-19", "2013-05-19");
        for (String path : new String[] {MEMBERS, ORGANIZATIONS}) {
            given().when().get(path).then().statusCode(401);
            for (String token : new String[] {TestTokens.secretary(grassroots), TestTokens.inspector(grassroots),
                    TestTokens.member(cellA, member), FeedTestSupport.feedReader(),
                    FeedTestSupport.effectsProducer()}) {
                given().auth().oauth2(token).when().get(path).then().statusCode(403).contentType(PROBLEM);
            }
            given().auth().oauth2(TestTokens.blocAdmin()).queryParam("limit", 1).when().get(path).then()
                    .statusCode(200);
        }
        // an integration client without an organization has no scope at all
        String orphan = TestTokens.token("service-account-x", Set.of("integration"), null, null);
        given().auth().oauth2(orphan).when().get(MEMBERS).then().statusCode(403).contentType(PROBLEM);

        String client = FeedTestSupport.integration(grassroots, "national-id");
        Map<String, Object> profile = new HashMap<>(Map.of("fullName", "Hoàng Văn Quyền", "gender", "MALE",
                "dateOfBirth", "1980-01-01", "ethnicity", "Kinh", "nationalId", "001080000123",
                "admissionDate", "2012-05-19"));
        given().auth().oauth2(client).contentType(ContentType.JSON)
                .body(Map.of("organizationId", cellA.toString(), "profile", profile))
                .when().post("/api/membership/members").then().statusCode(403);
        given().auth().oauth2(client).contentType(ContentType.JSON).body(Map.of("profile", profile, "version", 0))
                .when().put("/api/membership/members/" + member).then().statusCode(403);
        given().auth().oauth2(client).contentType(ContentType.JSON)
                .body(Map.of("code", "X-" + suffix, "name", "Chi bộ X", "type", "SUBORDINATE_CELL",
                        "parentId", grassroots.toString()))
                .when().post("/api/membership/organizations").then().statusCode(403);
        given().auth().oauth2(client).contentType(ContentType.JSON)
                .body(Map.of("name", "Đổi tên", "version", 0))
                .when().put("/api/membership/organizations/" + cellA).then().statusCode(403);
        given().auth().oauth2(client).contentType(ContentType.JSON)
                .body(Map.of("id", UUID.randomUUID().toString(), "effect", "MEMBER_EXPELLED",
                        "memberId", member.toString(), "effectiveDate", TODAY.toString()))
                .when().post("/api/membership/effects").then().statusCode(403);
        given().auth().oauth2(TestTokens.blocAdmin()).when().get("/api/membership/members/" + member).then()
                .statusCode(200).body("fullName", equalTo("Hoàng Văn Quyền")).body("status", equalTo("OFFICIAL"));
    }

    /**
     * Several writers register, correct and change the status of members of a subtree (and of a neighbouring one)
     * while a client follows the feed from the beginning; once the writers are done and the client has caught up,
     * its copy is exactly what the register lists for the subtree.
     */
    @Test
    void aClientFollowingTheFeedDuringConcurrentWritesEndsWithAnExactCopy() throws Exception {
        String client = FeedTestSupport.integration(grassroots, null);
        UUID[] inside = {cellA, cellA2};
        ExecutorService pool = Executors.newFixedThreadPool(5);
        AtomicBoolean writing = new AtomicBoolean(true);
        FeedTestSupport.Copy copy = new FeedTestSupport.Copy(MEMBERS, client);
        Future<Integer> reader = pool.submit(() -> {
            int rounds = 0;
            while (writing.get()) {
                copy.catchUp(7);
                rounds++;
                Thread.sleep(25);
            }
            return rounds;
        });
        List<Future<Integer>> writers = new java.util.ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                int done = 0;
                for (int i = 0; i < 6; i++) {
                    UUID organization = (writer == 3 && i % 2 == 0) ? cellB : inside[(writer + i) % 2];
                    UUID member = LeavingTestSupport.member(organization, "Người Viết Số " + letters(writer, i),
                            "2012-05-19", "2013-05-19");
                    String path = "/api/membership/members/" + member;
                    Map<String, Object> profile = new HashMap<>(Map.of("fullName", "Người Sửa Số " + letters(writer, i),
                            "gender", "MALE", "dateOfBirth", "1981-02-03", "ethnicity", "Kinh",
                            "nationalId", String.format("%012d", ThreadLocalRandom.current().nextLong(1L, 999_999_999_999L)),
                            "admissionDate", "2012-05-19", "officialDate", "2013-05-19"));
                    given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                            .body(Map.of("profile", profile, "version", 0)).when().put(path).then().statusCode(200);
                    switch (i % 3) {
                        case 0 -> given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                                .body(Map.of("reason", "NOT_ATTENDING_OR_PAYING", "decidedOn", "2025-03-10",
                                        "decisionRef", "12-QĐ/ĐU", "version", 1))
                                .when().post(path + "/removal").then().statusCode(200);
                        case 1 -> given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                                .body(Map.of("reason", "Ốm dài ngày", "startsOn", "2025-01-02", "version", 1))
                                .when().post(path + "/exemption").then().statusCode(200);
                        default -> { }
                    }
                    done++;
                }
                return done;
            }));
        }
        for (Future<Integer> writer : writers) {
            assertEquals(6, writer.get(5, TimeUnit.MINUTES));
        }
        writing.set(false);
        assertTrue(reader.get(1, TimeUnit.MINUTES) > 0);
        pool.shutdown();
        copy.catchUp(7);

        Map<UUID, List<Object>> listed = listed(grassroots, client);
        assertEquals(21, listed.size(), "4 writers × 6, less the 3 registered outside");
        assertEquals(listed, copied(copy));
        assertTrue(listed.values().stream().allMatch(v -> v.get(0).toString().startsWith("Người Sửa Số")));
        assertEquals(Set.of("REMOVED", "EXEMPTED", "OFFICIAL"),
                listed.values().stream().map(v -> v.get(1).toString()).collect(Collectors.toSet()));
        // items came in sequence order, each seen once
        List<Long> sequences = copy.items.stream().map(i -> ((Number) i.get("sequence")).longValue()).toList();
        for (int i = 1; i < sequences.size(); i++) {
            assertTrue(sequences.get(i) > sequences.get(i - 1), "sequence order at " + i);
        }
    }

    /** Letters only (names refuse digits): writer 1, round 2 → "Bc". */
    private static String letters(int writer, int round) {
        return (char) ('A' + writer) + String.valueOf((char) ('a' + round));
    }
}
