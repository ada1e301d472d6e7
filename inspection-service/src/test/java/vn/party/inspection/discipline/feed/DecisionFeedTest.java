package vn.party.inspection.discipline.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.party.common.time.PartyClock;
import vn.party.inspection.discipline.FakeMembershipMembers;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/** The change feed of discipline decisions for provincial systems: order, cursor, scope, concurrent writers. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipMembers.class)
class DecisionFeedTest {

    private static final String FEED = "/api/integration/decisions/changes";
    private static final String CASES = "/api/inspection/discipline/cases";
    private static final LocalDate TODAY = LocalDate.now(PartyClock.VIETNAM);

    @Inject
    DataSource dataSource;

    private final UUID bloc = UUID.randomUUID();
    private final UUID grassroots = UUID.randomUUID();
    private final UUID cell = UUID.randomUUID();
    private final UUID otherGrassroots = UUID.randomUUID();
    private final UUID member = UUID.randomUUID();

    @BeforeEach
    void world() {
        FakeMembershipTree.place(bloc, null, null, "BLOC_COMMITTEE");
        FakeMembershipTree.place(grassroots, bloc, null, "GRASSROOTS_COMMITTEE");
        FakeMembershipTree.place(cell, grassroots, null, "SUBORDINATE_CELL");
        FakeMembershipTree.place(otherGrassroots, bloc, null, "GRASSROOTS_COMMITTEE");
        FakeMembershipMembers.register(member, cell, "OFFICIAL", false);
    }

    @Test
    void decisionsReductionsAndAnnulmentsComeInOrderAfterTheCursor() {
        String cursor = end(TestTokens.blocAdmin());
        long start = lastSequence();
        String reduced = decide(openCase(member, "WARNING"), "WARNING");
        String annulled = decide(openCase(member, "REPRIMAND"), "REPRIMAND");
        resolve(reduced, Map.of("outcome", "REDUCE", "newForm", "REPRIMAND"));
        resolve(annulled, Map.of("outcome", "ANNUL"));

        JsonPath feed = given().auth().oauth2(TestTokens.integration(grassroots)).queryParam("since", cursor)
                .when().get(FEED).then().statusCode(200)
                .body("items.id", contains(reduced, annulled, reduced, annulled))
                .body("items.change", contains("UPSERT", "UPSERT", "UPSERT", "DELETE"))
                .body("items.sequence", contains((int) start + 1, (int) start + 2, (int) start + 3, (int) start + 4))
                .body("items[0].data.form", equalTo("WARNING"))
                .body("items[0].data.memberId", equalTo(member.toString()))
                .body("items[0].data.organizationId", equalTo(cell.toString()))
                .body("items[0].data.decisionNumber", equalTo("12-QĐ/CB"))
                .body("items[0].data.decisionDate", equalTo(TODAY.toString()))
                .body("items[0].data", not(hasKey("violationDescription")))
                .body("items[0].data", not(hasKey("votesFor")))
                .body("items[2].data.form", equalTo("REPRIMAND"))
                .body("items[2].data.decidedForm", equalTo("WARNING"))
                .body("items[3].data", nullValue())
                .body("hasMore", equalTo(false))
                .extract().jsonPath();

        // paging by cursor: two, then the other two, then nothing new and the cursor stays
        String next = given().auth().oauth2(TestTokens.integration(grassroots)).queryParam("since", cursor).queryParam("limit", 2)
                .when().get(FEED).then().statusCode(200)
                .body("items.sequence", contains((int) start + 1, (int) start + 2)).body("hasMore", equalTo(true))
                .extract().path("next");
        String last = given().auth().oauth2(TestTokens.integration(grassroots)).queryParam("since", next).queryParam("limit", 2)
                .when().get(FEED).then().statusCode(200)
                .body("items.sequence", contains((int) start + 3, (int) start + 4)).body("hasMore", equalTo(false))
                .extract().path("next");
        assertEquals(feed.getString("next"), last);
        given().auth().oauth2(TestTokens.integration(grassroots)).queryParam("since", last)
                .when().get(FEED).then().statusCode(200).body("items", empty()).body("next", equalTo(last));
    }

    @Test
    void clientsSeeTheirSubtreeOnly() {
        String cursor = end(TestTokens.blocAdmin());
        String id = decide(openCase(member, "WARNING"), "WARNING");
        given().auth().oauth2(TestTokens.integration(bloc)).queryParam("since", cursor).when().get(FEED)
                .then().statusCode(200).body("items.id", contains(id));
        given().auth().oauth2(TestTokens.integration(cell)).queryParam("since", cursor).when().get(FEED)
                .then().statusCode(200).body("items.id", contains(id));
        given().auth().oauth2(TestTokens.integration(otherGrassroots)).queryParam("since", cursor).when().get(FEED)
                .then().statusCode(200).body("items", empty());
        given().auth().oauth2(TestTokens.token("service-account-x", Set.of("integration"), null, null))
                .when().get(FEED).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.inspector(bloc)).when().get(FEED).then().statusCode(403);
        given().auth().oauth2(TestTokens.secretary(bloc)).when().get(FEED).then().statusCode(403);
        given().when().get(FEED).then().statusCode(401);
    }

    @Test
    void aBadCursorOrLimitIs400NamingIt() {
        String admin = TestTokens.blocAdmin();
        for (String bad : List.of("abc", "42", "ZDE6LTE", "ZDE6eA", "%%%")) {
            given().auth().oauth2(admin).queryParam("since", bad).when().get(FEED).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("since"));
        }
        given().auth().oauth2(admin).queryParam("limit", 0).when().get(FEED).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(admin).queryParam("limit", 501).when().get(FEED).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void concurrentDecisionsAppearWithoutGapsOrDuplicatesWhileBeingRead() throws Exception {
        int writers = 8;
        List<UUID> members = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            UUID someone = UUID.randomUUID();
            FakeMembershipMembers.register(someone, cell, "OFFICIAL", false);
            members.add(someone);
            cases.add(openCase(someone, "WARNING"));
        }
        String cursor = end(TestTokens.blocAdmin());
        long start = lastSequence();

        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        List<Long> seen = new ArrayList<>();
        List<String> seenCases = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            Future<?> reader = pool.submit(() -> {
                String since = cursor;
                long expected = start + 1;
                boolean last = false;
                while (!last) {
                    last = !writing.get();
                    JsonPath page = given().auth().oauth2(TestTokens.integration(bloc)).queryParam("since", since)
                            .queryParam("limit", 3).when().get(FEED).then().statusCode(200).extract().jsonPath();
                    for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                        long sequence = ((Number) item.get("sequence")).longValue();
                        if (sequence != expected) {
                            problems.add("expected " + expected + " but read " + sequence);
                        }
                        expected = sequence + 1;
                        seen.add(sequence);
                        seenCases.add((String) item.get("id"));
                    }
                    since = page.getString("next");
                    if (page.getBoolean("hasMore")) {
                        last = false;
                    }
                }
                return null;
            });
            List<Future<Integer>> decisions = new ArrayList<>();
            for (String id : cases) {
                decisions.add(pool.submit(() -> {
                    go.await();
                    return given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                            .body(decision("WARNING")).when().post(CASES + "/" + id + "/decision").then().extract().statusCode();
                }));
            }
            go.countDown();
            for (Future<Integer> decision : decisions) {
                assertEquals(200, decision.get(120, TimeUnit.SECONDS));
            }
            writing.set(false);
            reader.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(problems.isEmpty(), "gaps or disorder seen while reading: " + problems);
        List<Long> expected = new ArrayList<>();
        for (long s = start + 1; s <= start + writers; s++) {
            expected.add(s);
        }
        assertEquals(expected, seen, "every number once, in order");
        assertEquals(Set.copyOf(cases), Set.copyOf(seenCases));
        assertEquals(writers, seenCases.size(), "no duplicates");
    }

    // ---- helpers ----

    /** Reads the feed to its end and returns the cursor to continue from. */
    private static String end(String token) {
        String since = null;
        while (true) {
            var request = given().auth().oauth2(token).queryParam("limit", 500);
            if (since != null) {
                request.queryParam("since", since);
            }
            JsonPath page = request.when().get(FEED).then().statusCode(200).extract().jsonPath();
            since = page.getString("next");
            if (!page.getBoolean("hasMore")) {
                return since;
            }
        }
    }

    private long lastSequence() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select last_sequence from discipline_change_counter")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String openCase(UUID target, String form) {
        Map<String, Object> body = new HashMap<>();
        body.put("targetKind", "MEMBER");
        body.put("targetMemberId", target.toString());
        body.put("violationDescription", "Vi phạm quy định về những điều đảng viên không được làm");
        body.put("violationDate", TODAY.minusYears(1).toString());
        body.put("proposedForm", form);
        return given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON).body(body)
                .when().post(CASES).then().statusCode(201).extract().path("id");
    }

    private String decide(String id, String form) {
        given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON).body(decision(form))
                .when().post(CASES + "/" + id + "/decision").then().statusCode(200);
        return id;
    }

    private Map<String, Object> decision(String form) {
        Map<String, Object> request = new HashMap<>();
        request.put("form", form);
        request.put("decidingBodyKind", "CELL");
        request.put("decidingOrganizationId", cell.toString());
        request.put("entitledVoters", 9);
        request.put("votesFor", 7);
        request.put("votesAgainst", 2);
        request.put("decisionNumber", "12-QĐ/CB");
        request.put("decisionDate", TODAY.toString());
        request.put("effectiveDate", TODAY.toString());
        request.put("version", 0);
        return request;
    }

    private void resolve(String caseId, Map<String, Object> outcome) {
        String complaint = given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "decisionReceivedDate", TODAY.toString(), "grounds", "Chưa đúng mức"))
                .when().post("/api/inspection/complaints").then().statusCode(201).extract().path("id");
        Map<String, Object> body = new HashMap<>(outcome);
        body.put("resolutionNumber", "05-QĐ/UBKT");
        body.put("resolutionDate", TODAY.toString());
        body.put("version", 0);
        given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON).body(body)
                .when().post("/api/inspection/complaints/" + complaint + "/resolution").then().statusCode(200);
    }
}
