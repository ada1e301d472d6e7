package vn.party.membership.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
import io.restassured.response.ValidatableResponse;

import vn.party.membership.effects.SignedEffects;
import vn.party.membership.leaving.LeavingTestSupport;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * Issue 11, point 1: expulsion, suspension and their reversal only through inspection's decisions. The exploit was a
 * secretary posting {"status":"EXPELLED","reason":"x"} to the generic status change: the member was expelled and the
 * badge feed told events-service to revoke the party badge.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class LawfulStatusPathApiTest {

    private static final String MEMBERS = "/api/membership/members/";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private UUID grassroots;
    private UUID cell;
    private UUID member;

    @BeforeEach
    void tree() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = LeavingTestSupport.organization("LK-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        grassroots = LeavingTestSupport.organization("LG-" + suffix, "Đảng bộ Sở Y tế", "GRASSROOTS_COMMITTEE", bloc);
        cell = LeavingTestSupport.organization("LC-" + suffix, "Chi bộ Phòng Dược", "SUBORDINATE_CELL", grassroots);
        member = LeavingTestSupport.member(cell, "Phan Văn Luật", "2012-05-19", "2013-05-19");
    }

    private static ValidatableResponse changeStatus(String token, UUID id, String status, long version) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("status", status, "effectiveOn", TODAY.minusDays(1).toString(), "reason", "x",
                        "decisionRef", "1-QĐ/ĐU", "version", version))
                .when().post(MEMBERS + id + "/status-changes").then().log().ifValidationFails();
    }

    private static void lawfulPathRefusal(ValidatableResponse response) {
        response.statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("member.status.lawful-path", "status"));
    }

    private static JsonPath dossier(UUID id) {
        return given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + id).then().statusCode(200)
                .extract().jsonPath();
    }

    private static JsonPath history(UUID id) {
        return given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + id + "/status-changes").then()
                .statusCode(200).extract().jsonPath();
    }

    /** The member's events in the feed events-service follows (the badge revocation reads it). */
    private static List<String> feedEvents(UUID id) {
        List<String> found = new ArrayList<>();
        long next = 0;
        boolean more = true;
        while (more) {
            JsonPath page = given().auth().oauth2(TestTokens.eventsService()).queryParam("after", next)
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

    private static void deliver(Map<String, Object> body) {
        given().auth().oauth2(TestTokens.inspectionService()).contentType(ContentType.JSON)
                .body(SignedEffects.signed(body)).when().post("/api/membership/effects").then()
                .log().ifValidationFails().statusCode(200).body("outcome", equalTo("APPLIED"));
    }

    private static Map<String, Object> effect(String effect, UUID who, Map<String, Object> payload) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", UUID.randomUUID().toString());
        body.put("effect", effect);
        body.put("memberId", who.toString());
        body.put("effectiveDate", TODAY.minusDays(2).toString());
        body.put("payload", payload);
        return body;
    }

    @Test
    void aSecretaryCannotExpelOrSuspendAndNothingReachesTheBadgeFeed() {
        List<String> feedBefore = feedEvents(member);
        List<Object> historyBefore = history(member).getList("status");
        for (String status : List.of("EXPELLED", "SUSPENDED")) {
            lawfulPathRefusal(changeStatus(TestTokens.secretary(grassroots), member, status, 0));
            lawfulPathRefusal(changeStatus(TestTokens.secretary(cell), member, status, 0));
        }
        JsonPath after = dossier(member);
        assertEquals("OFFICIAL", after.getString("status"));
        assertEquals(0, after.getInt("version"));
        assertEquals(historyBefore, history(member).getList("status"));
        assertEquals(feedBefore, feedEvents(member));
    }

    @Test
    void theBlocOfficeCannotEitherAndOtherRolesNeverReachIt() {
        for (String status : List.of("EXPELLED", "SUSPENDED")) {
            lawfulPathRefusal(changeStatus(TestTokens.blocAdmin(), member, status, 0));
            for (String token : List.of(TestTokens.inspector(grassroots), TestTokens.member(cell, member),
                    TestTokens.integration(grassroots), TestTokens.inspectionService(), TestTokens.eventsService())) {
                changeStatus(token, member, status, 0).statusCode(403).contentType("application/problem+json");
            }
        }
        assertEquals("OFFICIAL", dossier(member).getString("status"));
    }

    @Test
    void onlyADecisionLiftsAnExpulsionOrASuspension() {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> expulsion = effect("MEMBER_EXPELLED", member, new HashMap<>(Map.of("caseId",
                caseId.toString(), "decisionNumber", "12-QĐ/UBKT", "decisionDate", TODAY.minusDays(2).toString())));
        deliver(expulsion);
        long version = dossier(member).getLong("version");
        for (String back : List.of("OFFICIAL", "PROBATIONARY", "EXEMPTED", "REMOVED", "LEFT")) {
            lawfulPathRefusal(changeStatus(TestTokens.secretary(grassroots), member, back, version));
            lawfulPathRefusal(changeStatus(TestTokens.blocAdmin(), member, back, version));
        }
        assertEquals("EXPELLED", dossier(member).getString("status"));
        // the expulsion names its decision in the history
        JsonPath history = history(member);
        assertEquals("EXPELLED", history.getString("[-1].status"));
        assertEquals("DECISION", history.getString("[-1].origin"));
        assertEquals(expulsion.get("id"), history.getString("[-1].effectId"));
        assertEquals(caseId.toString(), history.getString("[-1].decisionId"));
        assertEquals("12-QĐ/UBKT", history.getString("[-1].decisionRef"));

        UUID suspended = LeavingTestSupport.member(cell, "Cao Thị Đình", "2012-05-19", "2013-05-19");
        UUID suspension = UUID.randomUUID();
        deliver(effect("MEMBER_SUSPENSION_STARTS", suspended, new HashMap<>(Map.of("suspensionId",
                suspension.toString(), "decisionNumber", "7-QĐ/UBKT", "startDate", TODAY.minusDays(2).toString(),
                "endDate", TODAY.plusDays(60).toString(), "totalDays", 62))));
        assertEquals("DECISION", history(suspended).getString("[-1].origin"));
        assertEquals(suspension.toString(), history(suspended).getString("[-1].decisionId"));
        long suspendedVersion = dossier(suspended).getLong("version");
        for (String back : List.of("OFFICIAL", "EXEMPTED", "REMOVED", "LEFT")) {
            lawfulPathRefusal(changeStatus(TestTokens.secretary(grassroots), suspended, back, suspendedVersion));
        }
        // the removal endpoint, which goes through the same rule, cannot lift it either
        given().auth().oauth2(TestTokens.secretary(grassroots)).contentType(ContentType.JSON)
                .body(Map.of("reason", "NOT_ATTENDING_OR_PAYING", "decidedOn", TODAY.minusDays(1).toString(),
                        "decisionRef", "2-QĐ/ĐU", "version", suspendedVersion))
                .when().post(MEMBERS + suspended + "/removal").then().statusCode(422)
                .body("errors.field", hasItem("member.status.lawful-path"));
        assertEquals("SUSPENDED", dossier(suspended).getString("status"));
        // a death is recorded, decision or not
        given().auth().oauth2(TestTokens.secretary(grassroots)).contentType(ContentType.JSON)
                .body(Map.of("dateOfDeath", TODAY.minusDays(1).toString(), "version", suspendedVersion))
                .when().post(MEMBERS + suspended + "/death").then().statusCode(200)
                .body("status", equalTo("DECEASED"));
        assertEquals("RECORDED", history(suspended).getString("[-1].origin"));
    }

    @Test
    void nobodyRegistersASuspendedMember() {
        Map<String, Object> profile = new HashMap<>(Map.of("fullName", "Đỗ Văn Treo", "gender", "MALE",
                "dateOfBirth", "1980-01-01", "ethnicity", "Kinh", "nationalId", "0010800" + (10000 + (int) (Math.random()
                        * 89999)), "admissionDate", "2010-01-01", "officialDate", "2011-01-01"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("organizationId", cell.toString(), "status", "SUSPENDED", "profile", profile))
                .when().post("/api/membership/members").then().statusCode(422)
                .body("errors.field", hasItems("member.status.lawful-path", "status"));
    }
}
