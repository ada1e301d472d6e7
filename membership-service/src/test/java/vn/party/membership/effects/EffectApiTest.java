package vn.party.membership.effects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import vn.party.membership.changes.FeedTestSupport;
import vn.party.membership.leaving.LeavingTestSupport;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class EffectApiTest {

    private static final String EFFECTS = "/api/membership/effects";
    private static final String MEMBERS = "/api/membership/members/";
    private static final String PROBLEM = "application/problem+json";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject
    DueEffects dueEffects;

    @Inject
    EntityManager entityManager;

    private UUID grassroots;
    private UUID cell;
    private UUID member;

    @BeforeEach
    void tree() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = LeavingTestSupport.organization("FK-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        grassroots = LeavingTestSupport.organization("FG-" + suffix, "Đảng bộ Sở Tư pháp", "GRASSROOTS_COMMITTEE", bloc);
        cell = LeavingTestSupport.organization("FC-" + suffix, "Chi bộ Phòng Hộ tịch", "SUBORDINATE_CELL", grassroots);
        member = LeavingTestSupport.member(cell, "Đinh Văn Kỷ", "2012-05-19", "2013-05-19");
    }

    private static Map<String, Object> effect(UUID id, String effect, UUID member, LocalDate on,
            Map<String, Object> payload) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id.toString());
        body.put("effect", effect);
        body.put("memberId", member == null ? null : member.toString());
        body.put("organizationId", null);
        body.put("effectiveDate", on.toString());
        body.put("payload", payload);
        return body;
    }

    private static ValidatableResponse deliver(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(SignedEffects.signed(body)).when()
                .post(EFFECTS).then().log().ifValidationFails();
    }

    /** Delivered by inspection's client, signed by inspection's key, as the relay does. */
    private static ValidatableResponse deliver(Map<String, Object> body) {
        return deliver(FeedTestSupport.effectsProducer(), body);
    }

    private static Map<String, Object> decision(UUID caseId, String number, LocalDate date) {
        return new HashMap<>(Map.of("caseId", caseId.toString(), "decisionNumber", number,
                "decisionDate", date.toString(), "effectiveDate", date.toString()));
    }

    private static Map<String, Object> suspension(UUID suspensionId, LocalDate start, LocalDate end) {
        return new HashMap<>(Map.of("suspensionId", suspensionId.toString(), "decisionNumber", "7-QĐ/UBKT",
                "startDate", start.toString(), "endDate", end.toString(), "totalDays", 30));
    }

    private JsonPath history(UUID id) {
        return given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + id + "/status-changes").then()
                .statusCode(200).extract().jsonPath();
    }

    private static String status(UUID id) {
        return given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + id).then().statusCode(200)
                .extract().path("status");
    }

    /** The events of the member after {@code after}, as "change/event". */
    private static List<String> events(UUID id, long after) {
        List<String> found = new ArrayList<>();
        boolean more = true;
        long next = after;
        while (more) {
            JsonPath page = given().auth().oauth2(FeedTestSupport.feedReader()).queryParam("after", next)
                    .queryParam("limit", 500).when().get("/api/membership/events").then().statusCode(200)
                    .extract().jsonPath();
            for (Map<String, Object> e : page.<Map<String, Object>>getList("items")) {
                if (id.toString().equals(e.get("resourceId"))) {
                    found.add(e.get("change") + "/" + e.get("event"));
                }
            }
            next = page.getLong("next");
            more = page.getBoolean("hasMore");
        }
        return found;
    }

    private static long lastSequence() {
        long next = 0;
        boolean more = true;
        while (more) {
            JsonPath page = given().auth().oauth2(FeedTestSupport.feedReader()).queryParam("after", next)
                    .queryParam("limit", 500).when().get("/api/membership/events").then().statusCode(200)
                    .extract().jsonPath();
            next = page.getLong("next");
            more = page.getBoolean("hasMore");
        }
        return next;
    }

    @Test
    void anExpulsionIsAppliedOnceWithTheDecisionInTheHistoryAndTheFeed() {
        long start = lastSequence();
        UUID id = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        LocalDate on = TODAY.minusDays(3);
        Map<String, Object> body = effect(id, "MEMBER_EXPELLED", member, on, decision(caseId, "12-QĐ/UBKT", on));
        deliver(body).statusCode(200).body("outcome", equalTo("APPLIED")).body("duplicate", equalTo(false))
                .body("id", equalTo(id.toString())).body("appliedAt", org.hamcrest.Matchers.notNullValue());
        assertEquals("EXPELLED", status(member));
        // delivered again: the stored outcome, nothing changed
        deliver(body).statusCode(200).body("outcome", equalTo("APPLIED")).body("duplicate", equalTo(true));
        JsonPath history = history(member);
        assertEquals(List.of("PROBATIONARY", "OFFICIAL", "EXPELLED"), history.getList("status"));
        assertEquals("12-QĐ/UBKT", history.getString("[2].decisionRef"));
        assertEquals(on.toString(), history.getString("[2].effectiveOn"));
        assertTrue(history.getString("[2].reason").contains("12-QĐ/UBKT ngày " + on), history.getString("[2].reason"));
        assertEquals(List.of("STATUS_CHANGED/EXPELLED"), events(member, start));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + member + "/audit").then().statusCode(200)
                .body("actor", hasItem("service-account-" + TestTokens.INSPECTION_CLIENT));
    }

    @Test
    void concurrentDeliveriesOfOneEffectApplyItOnce() throws Exception {
        UUID id = UUID.randomUUID();
        LocalDate on = TODAY.minusDays(1);
        Map<String, Object> body = effect(id, "MEMBER_EXPELLED", member, on,
                decision(UUID.randomUUID(), "99-QĐ/UBKT", on));
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        List<Future<Boolean>> duplicates = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<Boolean> post = () -> {
                ready.countDown();
                ready.await();
                return deliver(body).statusCode(200).body("outcome", equalTo("APPLIED")).extract()
                        .<Boolean>path("duplicate");
            };
            duplicates.add(pool.submit(post));
        }
        int firsts = 0;
        for (Future<Boolean> duplicate : duplicates) {
            firsts += duplicate.get(2, TimeUnit.MINUTES) ? 0 : 1;
        }
        pool.shutdown();
        assertEquals(1, firsts);
        assertEquals(List.of("PROBATIONARY", "OFFICIAL", "EXPELLED"), history(member).getList("status"));
    }

    @Test
    void aSuspensionSetsTheStatusAndItsEndGivesBackTheStatusBefore() {
        long start = lastSequence();
        // an exempted member is suspended, then back to exempted
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Ốm dài ngày", "startsOn", TODAY.minusDays(60).toString(), "version", 0))
                .when().post(MEMBERS + member + "/exemption").then().statusCode(200);
        UUID suspensionId = UUID.randomUUID();
        LocalDate from = TODAY.minusDays(40);
        LocalDate to = TODAY.minusDays(10);
        deliver(effect(UUID.randomUUID(), "MEMBER_SUSPENSION_STARTS", member, from, suspension(suspensionId, from, to)))
                .statusCode(200).body("outcome", equalTo("APPLIED"));
        assertEquals("SUSPENDED", status(member));
        // the end of another suspension is a no-op, recorded
        UUID other = UUID.randomUUID();
        UUID otherEnd = UUID.randomUUID();
        deliver(effect(otherEnd, "MEMBER_SUSPENSION_ENDS", member, to, suspension(other, from, to)))
                .statusCode(200).body("outcome", equalTo("NO_OP"));
        deliver(effect(otherEnd, "MEMBER_SUSPENSION_ENDS", member, to, suspension(other, from, to)))
                .statusCode(200).body("outcome", equalTo("NO_OP")).body("duplicate", equalTo(true));
        assertEquals("SUSPENDED", status(member));
        deliver(effect(UUID.randomUUID(), "MEMBER_SUSPENSION_ENDS", member, to, suspension(suspensionId, from, to)))
                .statusCode(200).body("outcome", equalTo("APPLIED"));
        assertEquals("EXEMPTED", status(member));
        assertEquals(List.of("PROBATIONARY", "OFFICIAL", "EXEMPTED", "SUSPENDED", "EXEMPTED"), history(member).getList("status"));
        assertEquals(List.of("STATUS_CHANGED/EXEMPTED", "STATUS_CHANGED/SUSPENDED", "STATUS_CHANGED/REINSTATED"),
                events(member, start));
    }

    @Test
    void aFutureEndIsScheduledAnExtensionSupersedesItAndTheLatestAppliesOnItsDate() {
        UUID suspensionId = UUID.randomUUID();
        LocalDate from = TODAY.minusDays(5);
        deliver(effect(UUID.randomUUID(), "MEMBER_SUSPENSION_STARTS", member, from,
                suspension(suspensionId, from, TODAY.plusDays(25)))).statusCode(200).body("outcome", equalTo("APPLIED"));
        UUID firstEnd = UUID.randomUUID();
        deliver(effect(firstEnd, "MEMBER_SUSPENSION_ENDS", member, TODAY.plusDays(25),
                suspension(suspensionId, from, TODAY.plusDays(25)))).statusCode(200)
                .body("outcome", equalTo("SCHEDULED")).body("appliedAt", nullValue());
        UUID extendedEnd = UUID.randomUUID();
        deliver(effect(extendedEnd, "MEMBER_SUSPENSION_ENDS", member, TODAY.plusDays(55),
                suspension(suspensionId, from, TODAY.plusDays(55)))).statusCode(200)
                .body("outcome", equalTo("SCHEDULED"));
        deliver(effect(firstEnd, "MEMBER_SUSPENSION_ENDS", member, TODAY.plusDays(25),
                suspension(suspensionId, from, TODAY.plusDays(25)))).statusCode(200)
                .body("outcome", equalTo("SUPERSEDED")).body("duplicate", equalTo(true));
        // nothing is due yet
        assertEquals(0, dueEffects.run());
        assertEquals("SUSPENDED", status(member));
        // the extended end's day comes (its date moved to yesterday, as if the days had passed)
        redate(extendedEnd, TODAY.minusDays(1));
        assertEquals(1, dueEffects.run());
        assertEquals(0, dueEffects.run());
        assertEquals("OFFICIAL", status(member));
        deliver(effect(extendedEnd, "MEMBER_SUSPENSION_ENDS", member, TODAY.plusDays(55),
                suspension(suspensionId, from, TODAY.plusDays(55)))).statusCode(200)
                .body("outcome", equalTo("APPLIED")).body("duplicate", equalTo(true));
        assertEquals(List.of("PROBATIONARY", "OFFICIAL", "SUSPENDED", "OFFICIAL"), history(member).getList("status"));
    }

    @Transactional
    void redate(UUID effect, LocalDate on) {
        entityManager.createNativeQuery("UPDATE applied_effect SET effective_date = :on WHERE id = :id")
                .setParameter("on", on).setParameter("id", effect).executeUpdate();
    }

    @Test
    void removalFromPostEndsTheCurrentPostsAndAnAnnulmentGivesThemBack() {
        long start = lastSequence();
        String termId = given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("label", "2020–2025", "startsOn", "2020-10-15", "endsOn", TODAY.plusYears(3).toString(),
                        "congressDate", "2020-10-15", "congressOrdinal", 3))
                .when().post("/api/membership/organizations/" + grassroots + "/terms").then().statusCode(201)
                .extract().path("id");
        String assignment = given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("memberId", member.toString(), "body", "PARTY_COMMITTEE", "position", "DEPUTY_SECRETARY",
                        "fromDate", "2021-01-01", "decisionRef", "3-QĐ/ĐUK"))
                .when().post("/api/membership/terms/" + termId + "/assignments").then().statusCode(201)
                .extract().path("id");
        UUID caseId = UUID.randomUUID();
        LocalDate on = TODAY.minusDays(20);
        deliver(effect(UUID.randomUUID(), "MEMBER_REMOVED_FROM_POST", member, on, decision(caseId, "21-QĐ/UBKT", on)))
                .statusCode(200).body("outcome", equalTo("APPLIED")).body("detail", containsString("1 post"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get("/api/membership/assignments/" + assignment).then()
                .statusCode(200).body("toDate", equalTo(on.toString())).body("endDecisionRef", equalTo("21-QĐ/UBKT"));
        assertEquals("OFFICIAL", status(member));
        // no post left: a second removal is a no-op
        deliver(effect(UUID.randomUUID(), "MEMBER_REMOVED_FROM_POST", member, on, decision(caseId, "21-QĐ/UBKT", on)))
                .statusCode(200).body("outcome", equalTo("NO_OP"));

        Map<String, Object> annulment = new HashMap<>(Map.of("caseId", caseId.toString(), "previousForm",
                "REMOVAL_FROM_POST", "newForm", "REMOVAL_FROM_POST", "restore", List.of("POST"),
                "endedSuspensions", List.of(), "resolutionNumber", "4-GQKN/UBKT", "resolutionDate", TODAY.toString()));
        deliver(effect(UUID.randomUUID(), "DISCIPLINE_ANNULLED", member, TODAY, annulment)).statusCode(200)
                .body("outcome", equalTo("APPLIED"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get("/api/membership/assignments/" + assignment).then()
                .statusCode(200).body("toDate", nullValue());
        assertEquals(List.of("UPDATED/REMOVED_FROM_POST", "UPDATED/POST_RESTORED"), events(member, start));
    }

    @Test
    void anAnnulledOrReducedExpulsionGivesBackTheStatusBefore() {
        UUID caseId = UUID.randomUUID();
        LocalDate on = TODAY.minusDays(30);
        deliver(effect(UUID.randomUUID(), "MEMBER_EXPELLED", member, on, decision(caseId, "30-QĐ/UBKT", on)))
                .statusCode(200).body("outcome", equalTo("APPLIED"));
        assertEquals("EXPELLED", status(member));
        long start = lastSequence();
        Map<String, Object> reduction = new HashMap<>(Map.of("caseId", caseId.toString(), "previousForm", "EXPULSION",
                "newForm", "WARNING", "restore", List.of("MEMBERSHIP", "POST"), "endedSuspensions", List.of(),
                "resolutionNumber", "9-GQKN/TU", "resolutionDate", TODAY.toString()));
        UUID id = UUID.randomUUID();
        deliver(effect(id, "DISCIPLINE_REDUCED", member, TODAY, reduction)).statusCode(200)
                .body("outcome", equalTo("APPLIED")).body("detail", containsString("EXPELLED → OFFICIAL"));
        assertEquals("OFFICIAL", status(member));
        JsonPath history = history(member);
        assertEquals(List.of("PROBATIONARY", "OFFICIAL", "EXPELLED", "OFFICIAL"), history.getList("status"));
        assertEquals("9-GQKN/TU", history.getString("[3].decisionRef"));
        assertEquals(List.of("STATUS_CHANGED/REINSTATED"), events(member, start));
        deliver(effect(id, "DISCIPLINE_REDUCED", member, TODAY, reduction)).statusCode(200)
                .body("duplicate", equalTo(true));
        assertEquals(4, history(member).getList("status").size());

        // an expulsion annulled before its date never applies
        UUID other = LeavingTestSupport.member(cell, "Bùi Thị Hủy", "2012-05-19", "2013-05-19");
        UUID otherCase = UUID.randomUUID();
        UUID pending = UUID.randomUUID();
        deliver(effect(pending, "MEMBER_EXPELLED", other, TODAY.plusDays(10),
                decision(otherCase, "31-QĐ/UBKT", TODAY.plusDays(10)))).statusCode(200)
                .body("outcome", equalTo("SCHEDULED"));
        Map<String, Object> annulment = new HashMap<>(Map.of("caseId", otherCase.toString(), "previousForm",
                "EXPULSION", "newForm", "EXPULSION", "restore", List.of("MEMBERSHIP"), "resolutionNumber", "10-GQKN/TU",
                "resolutionDate", TODAY.toString()));
        deliver(effect(UUID.randomUUID(), "DISCIPLINE_ANNULLED", other, TODAY, annulment)).statusCode(200)
                .body("outcome", equalTo("NO_OP"));
        deliver(effect(pending, "MEMBER_EXPELLED", other, TODAY.plusDays(10),
                decision(otherCase, "31-QĐ/UBKT", TODAY.plusDays(10)))).statusCode(200)
                .body("outcome", equalTo("SUPERSEDED"));
        assertEquals("OFFICIAL", status(other));
    }

    @Test
    void anOrganizationsDissolutionIsAcknowledgedNotApplied() {
        Map<String, Object> body = effect(UUID.randomUUID(), "ORGANIZATION_DISSOLVED", null, TODAY,
                Map.of("caseId", UUID.randomUUID().toString(), "decisionNumber", "2-QĐ/TU"));
        body.put("organizationId", cell.toString());
        deliver(body).statusCode(200).body("outcome", equalTo("ACKNOWLEDGED"))
                .body("detail", containsString("no automatic dissolution"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get("/api/membership/organizations/" + cell).then()
                .statusCode(200).body("status", equalTo("ACTIVE"));
        body.put("id", UUID.randomUUID().toString());
        body.put("organizationId", UUID.randomUUID().toString());
        deliver(body).statusCode(404).contentType(PROBLEM);
    }

    @Test
    void badDeliveriesAreRefusedAndRecordNothing() {
        UUID id = UUID.randomUUID();
        deliver(effect(id, "MEMBER_EXPELLED", UUID.randomUUID(), TODAY, Map.of())).statusCode(404).contentType(PROBLEM);
        deliver(effect(id, "MEMBER_PROMOTED", member, TODAY, Map.of())).statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("effect"));
        deliver(effect(id, "MEMBER_EXPELLED", null, TODAY, Map.of())).statusCode(400)
                .body("errors[0].field", equalTo("memberId"));
        Map<String, Object> noDate = effect(id, "MEMBER_EXPELLED", member, TODAY, Map.of());
        noDate.remove("effectiveDate");
        deliver(noDate).statusCode(400).body("errors[0].field", containsString("effectiveDate"));
        // none of them was recorded: the id is still free
        deliver(effect(id, "MEMBER_EXPELLED", member, TODAY, Map.of("decisionNumber", "1-QĐ"))).statusCode(200)
                .body("duplicate", equalTo(false)).body("outcome", equalTo("APPLIED"));
    }

    @Test
    void onlyInspectionsClientDeliversEffects() {
        Map<String, Object> body = effect(UUID.randomUUID(), "MEMBER_EXPELLED", member, TODAY, Map.of());
        given().contentType(ContentType.JSON).body(SignedEffects.signed(body)).when().post(EFFECTS).then()
                .statusCode(401);
        // even with a valid proof: events' client, the retired shared service role and every person are refused
        for (String token : new String[] {TestTokens.blocAdmin(), TestTokens.secretary(grassroots),
                TestTokens.member(cell, member), TestTokens.inspector(grassroots), TestTokens.integration(grassroots),
                FeedTestSupport.feedReader(),
                TestTokens.token("service-account-party-services", java.util.Set.of("party-service"), null, null)}) {
            deliver(token, body).statusCode(403).contentType(PROBLEM);
        }
        assertEquals("OFFICIAL", status(member));
    }
}
