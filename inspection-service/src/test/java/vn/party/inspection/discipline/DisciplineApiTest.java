package vn.party.inspection.discipline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.party.common.time.PartyClock;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipMembers.class)
class DisciplineApiTest {

    private static final String CASES = "/api/inspection/discipline/cases";
    private static final String SUSPENSIONS = "/api/inspection/discipline/suspensions";
    /** Today in Vietnam: "not in the future" is judged by it, whatever the server's zone. */
    private static final LocalDate TODAY = LocalDate.now(PartyClock.VIETNAM);

    @Inject
    DataSource dataSource;

    private final UUID bloc = UUID.randomUUID();
    private final UUID grassroots = UUID.randomUUID();
    private final UUID cell = UUID.randomUUID();
    private final UUID otherGrassroots = UUID.randomUUID();
    private final UUID official = UUID.randomUUID();
    private final UUID probationary = UUID.randomUUID();
    private final UUID postHolder = UUID.randomUUID();
    private final UUID otherMember = UUID.randomUUID();
    private final UUID expelled = UUID.randomUUID();

    @BeforeEach
    void world() {
        FakeMembershipTree.place(bloc, null, null, "BLOC_COMMITTEE");
        FakeMembershipTree.place(grassroots, bloc, null, "GRASSROOTS_COMMITTEE");
        FakeMembershipTree.place(cell, grassroots, null, "SUBORDINATE_CELL");
        FakeMembershipTree.place(otherGrassroots, bloc, null, "GRASSROOTS_COMMITTEE");
        FakeMembershipMembers.register(official, cell, "OFFICIAL", false);
        FakeMembershipMembers.register(probationary, cell, "PROBATIONARY", false);
        FakeMembershipMembers.register(postHolder, cell, "OFFICIAL", true);
        FakeMembershipMembers.register(otherMember, cell, "OFFICIAL", false);
        FakeMembershipMembers.register(expelled, cell, "EXPELLED", false);
    }

    // ---- authority matrix and form for the target ----

    @Test
    void cellDecidingExpulsionIsRefusedAndItsGrassrootsCommitteeMayExpel() {
        String id = openCase(official, "EXPULSION", TODAY.minusYears(1), null);
        decide(id, "EXPULSION", "CELL", cell, 9, 9, TODAY, 0)
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("discipline.authority"));
        decide(id, "EXPULSION", "GRASSROOTS_COMMITTEE", grassroots, 9, 9, TODAY, 0)
                .statusCode(200).body("status", equalTo("DECIDED")).body("decision.form", equalTo("EXPULSION"));
    }

    @Test
    void probationaryMemberCannotBeRemovedFromPost() {
        given().auth().oauth2(TestTokens.inspector(bloc)).contentType(ContentType.JSON)
                .body(caseBody(probationary, "REMOVAL_FROM_POST", TODAY.minusYears(1), null))
                .when().post(CASES)
                .then().statusCode(422).body("errors[0].field", equalTo("discipline.form-for-target"));
        String id = openCase(probationary, "WARNING", TODAY.minusYears(1), null);
        decide(id, "REMOVAL_FROM_POST", "GRASSROOTS_COMMITTEE", grassroots, 9, 9, TODAY, 0)
                .statusCode(422).body("errors[0].field", equalTo("discipline.form-for-target"));
        decide(id, "WARNING", "CELL", cell, 9, 5, TODAY, 0).statusCode(200);
    }

    @Test
    void membersNoLongerOnTheRollAreNotDisciplined() {
        given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(caseBody(expelled, "WARNING", TODAY.minusYears(1), null))
                .when().post(CASES)
                .then().statusCode(422).body("errors[0].field", equalTo("discipline.target-status"));
        given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(caseBody(UUID.randomUUID(), "WARNING", TODAY.minusYears(1), null))
                .when().post(CASES)
                .then().statusCode(400).body("errors[0].field", equalTo("targetMemberId"));
    }

    @Test
    void removalFromPostNeedsACurrentPost() {
        String noPost = openCase(official, "REMOVAL_FROM_POST", TODAY.minusYears(1), null);
        decide(noPost, "REMOVAL_FROM_POST", "GRASSROOTS_COMMITTEE", grassroots, 9, 6, TODAY, 0)
                .statusCode(422).body("errors[0].field", equalTo("discipline.form-for-target"));
        String holder = openCase(postHolder, "REMOVAL_FROM_POST", TODAY.minusYears(1), null);
        decide(holder, "REMOVAL_FROM_POST", "STANDING_COMMITTEE", bloc, 9, 6, TODAY, 0).statusCode(200);
        assertEquals(List.of("MEMBER_REMOVED_FROM_POST"), effects(holder));
    }

    @Test
    void organizationsAreDisciplinedFromAbove() {
        Map<String, Object> body = new HashMap<>();
        body.put("targetKind", "ORGANIZATION");
        body.put("targetOrganizationId", cell.toString());
        body.put("violationDescription", "Buông lỏng lãnh đạo");
        body.put("violationDate", TODAY.minusYears(1).toString());
        body.put("proposedForm", "EXPULSION");
        given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON).body(body)
                .when().post(CASES).then().statusCode(422).body("errors[0].field", equalTo("discipline.form-for-target"));
        body.put("proposedForm", "DISSOLUTION");
        String id = given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON).body(body)
                .when().post(CASES).then().statusCode(201).extract().path("id");
        decide(id, "DISSOLUTION", "CELL", cell, 9, 9, TODAY, 0).statusCode(422)
                .body("errors[0].field", equalTo("discipline.authority"));
        decide(id, "DISSOLUTION", "GRASSROOTS_COMMITTEE", grassroots, 9, 6, TODAY, 0).statusCode(200);
        assertEquals(List.of("ORGANIZATION_DISSOLVED"), effects(id));
    }

    // ---- statute of limitations ----

    @Test
    void statuteAtReprimandLevelIsFiveYearsToTheDay() {
        String late = openCase(official, "REPRIMAND", TODAY.minusYears(5).minusDays(1), null);
        decide(late, "REPRIMAND", "CELL", cell, 9, 5, TODAY, 0)
                .statusCode(422).body("errors[0].field", equalTo("discipline.statute"));
        String exact = openCase(official, "REPRIMAND", TODAY.minusYears(5), null);
        decide(exact, "REPRIMAND", "CELL", cell, 9, 5, TODAY, 0).statusCode(200);
    }

    @Test
    void aNewerViolationRestartsTheClock() {
        String id = openCase(official, "REPRIMAND", TODAY.minusYears(7), TODAY.minusYears(2));
        decide(id, "REPRIMAND", "CELL", cell, 9, 5, TODAY, 0).statusCode(200)
                .body("newerViolationDate", equalTo(TODAY.minusYears(2).toString()));
    }

    // ---- votes over all entitled voters ----

    @Test
    void moreThanHalfOfNine() {
        String id = openCase(official, "REPRIMAND", TODAY.minusYears(1), null);
        decide(id, "REPRIMAND", "CELL", cell, 9, 4, TODAY, 0)
                .statusCode(422).body("errors[0].field", equalTo("discipline.vote"));
        decide(id, "REPRIMAND", "CELL", cell, 9, 5, TODAY, 0).statusCode(200)
                .body("decision.vote.votesFor", equalTo(5)).body("decision.vote.entitledVoters", equalTo(9));
        assertEquals(List.of(), effects(id));
    }

    @Test
    void atLeastTwoThirdsOfNineAndTheExpulsionEffectIsQueued() {
        String id = openCase(official, "EXPULSION", TODAY.minusYears(1), null);
        decide(id, "EXPULSION", "GRASSROOTS_COMMITTEE", grassroots, 9, 5, TODAY, 0)
                .statusCode(422).body("errors[0].field", equalTo("discipline.vote"));
        assertEquals(List.of(), effects(id));
        decide(id, "EXPULSION", "GRASSROOTS_COMMITTEE", grassroots, 9, 6, TODAY, 0).statusCode(200);
        assertEquals(List.of("MEMBER_EXPELLED"), effects(id));
        assertEquals(official.toString(), single("select member_id::text from outbox where aggregate_id = ?::uuid", id));
        assertEquals(1, Integer.parseInt(single(
                "select count(*) from audit_log where entity_type = 'discipline-case' and entity_id = ? and action = 'DECIDE'", id)));
    }

    @Test
    void aCaseIsDecidedOnce() {
        String id = openCase(official, "WARNING", TODAY.minusYears(1), null);
        decide(id, "WARNING", "CELL", cell, 9, 5, TODAY, 0, Map.of("receivedOn", TODAY.toString())).statusCode(200)
                .body("version", equalTo(1)).body("decision.complaintDeadline", equalTo(TODAY.plusMonths(1).toString()));
        decide(id, "WARNING", "CELL", cell, 9, 9, TODAY, 1)
                .statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("discipline.already-decided"));
    }

    @Test
    void aDecisionBeforeTheFirstPolicyOf2016IsRefused() {
        String id = openCase(official, "WARNING", LocalDate.of(2016, 3, 1), null);
        decide(id, "WARNING", "CELL", cell, 9, 5, LocalDate.of(2016, 7, 25), 0)
                .statusCode(422).body("errors[0].field", equalTo("discipline.policy"));
    }

    // ---- who may do and see what ----

    @Test
    void inspectorOutOfScopeIs403() {
        given().auth().oauth2(TestTokens.inspector(otherGrassroots)).contentType(ContentType.JSON)
                .body(caseBody(official, "WARNING", TODAY.minusYears(1), null))
                .when().post(CASES).then().statusCode(403).contentType("application/problem+json");
        String id = openCase(official, "WARNING", TODAY.minusYears(1), null);
        given().auth().oauth2(TestTokens.inspector(otherGrassroots)).contentType(ContentType.JSON)
                .body(decision("WARNING", "CELL", cell, 9, 5, TODAY, 0))
                .when().post(CASES + "/" + id + "/decision").then().statusCode(403);
        given().auth().oauth2(TestTokens.inspector(otherGrassroots)).when().get(CASES + "/" + id).then().statusCode(403);
        // an inspector of the grassroots may not record a decision of a body above it
        given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(decision("WARNING", "STANDING_COMMITTEE", bloc, 9, 5, TODAY, 0))
                .when().post(CASES + "/" + id + "/decision").then().statusCode(403);
        // a secretary reads but does not open cases
        given().auth().oauth2(TestTokens.secretary(grassroots)).contentType(ContentType.JSON)
                .body(caseBody(official, "WARNING", TODAY.minusYears(1), null))
                .when().post(CASES).then().statusCode(403);
    }

    @Test
    void secretarySeesCasesOfTheSubtreeOnlyAfterTheDecision() {
        String id = openCase(official, "WARNING", TODAY.minusYears(1), null);
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(CASES + "/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(CASES + "?organizationId=" + grassroots)
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.inspector(grassroots)).when().get(CASES + "?organizationId=" + grassroots)
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
        decide(id, "WARNING", "CELL", cell, 9, 5, TODAY, 0).statusCode(200);
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(CASES + "/" + id).then().statusCode(200)
                .body("decision.form", equalTo("WARNING"));
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(CASES + "?organizationId=" + grassroots)
                .then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(TestTokens.secretary(otherGrassroots)).when().get(CASES + "/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.secretary(otherGrassroots)).when().get(CASES + "?organizationId=" + grassroots)
                .then().statusCode(403);
    }

    @Test
    void aMemberSeesOnlyDecisionsAboutThemselves() {
        String open = openCase(official, "WARNING", TODAY.minusYears(1), null);
        String decided = openCase(official, "REPRIMAND", TODAY.minusYears(1), null);
        decide(decided, "REPRIMAND", "CELL", cell, 9, 5, TODAY, 0).statusCode(200);
        String someoneElses = openCase(otherMember, "REPRIMAND", TODAY.minusYears(1), null);
        decide(someoneElses, "REPRIMAND", "CELL", cell, 9, 5, TODAY, 0).statusCode(200);

        String me = TestTokens.member(cell, official);
        given().auth().oauth2(me).when().get(CASES + "/" + decided).then().statusCode(200)
                .body("targetMemberId", equalTo(official.toString()));
        given().auth().oauth2(me).when().get(CASES + "/" + open).then().statusCode(403);
        given().auth().oauth2(me).when().get(CASES + "/" + someoneElses).then().statusCode(403);
        given().auth().oauth2(me).when().get(CASES + "/mine").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(decided));
        given().auth().oauth2(me).when().get(CASES + "?organizationId=" + cell).then().statusCode(403);
        given().auth().oauth2(me).contentType(ContentType.JSON)
                .body(caseBody(otherMember, "WARNING", TODAY.minusYears(1), null))
                .when().post(CASES).then().statusCode(403);
    }

    @Test
    void withoutATokenIs401() {
        given().when().get(CASES + "?organizationId=" + cell).then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(caseBody(official, "WARNING", TODAY.minusYears(1), null))
                .when().post(CASES).then().statusCode(401);
        given().when().get(SUSPENSIONS + "/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void badInputIs400NamingTheFields() {
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("targetKind", "MEMBER", "violationDate", TODAY.plusDays(3).toString()))
                .when().post(CASES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("violationDescription", "violationDate", "proposedForm"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("targetKind", "MEMBER", "violationDescription", "x", "violationDate", "2025-01-01",
                        "proposedForm", "WARNING"))
                .when().post(CASES)
                .then().statusCode(400).body("errors.field", hasItem("targetMemberId"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body("{\"targetKind\": \"MEMBER\", \"targetMemberId\": \"" + official + "\", \"violationDescription\": \"x\","
                        + " \"violationDate\": \"2025-01-01\", \"proposedForm\": \"BANISHMENT\"}")
                .when().post(CASES)
                .then().statusCode(400).body("errors[0].field", equalTo("proposedForm"));
        String id = openCase(official, "WARNING", TODAY.minusYears(1), null);
        decide(id, "WARNING", "CELL", cell, 9, 5, TODAY, 0, Map.of("votesAgainst", 5))
                .statusCode(400).body("errors[0].field", equalTo("votesFor"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(Map.of("form", "WARNING"))
                .when().post(CASES + "/" + id + "/decision")
                .then().statusCode(400)
                .body("errors.field", hasItems("decidingBodyKind", "decidingOrganizationId", "entitledVoters", "votesFor",
                        "decisionNumber", "decisionDate", "effectiveDate", "version"));
        decide(id, "WARNING", "CELL", cell, 9, 5, TODAY.plusDays(1), 0)
                .statusCode(400).body("errors[0].field", equalTo("decisionDate"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(CASES).then().statusCode(400)
                .body("errors.field", hasItem("organizationId"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(CASES + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void membershipFailingIs503AndNothingIsWritten() {
        UUID unlucky = UUID.randomUUID();
        FakeMembershipMembers.failFor(unlucky);
        given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(caseBody(unlucky, "WARNING", TODAY.minusYears(1), null))
                .when().post(CASES)
                .then().statusCode(503).contentType("application/problem+json");
        assertEquals("0", single("select count(*) from discipline_case where target_member_id = ?::uuid", unlucky.toString()));
    }

    @Test
    void creationDecisionAndReadsAreAudited() {
        String id = openCase(official, "WARNING", TODAY.minusYears(1), null);
        decide(id, "WARNING", "CELL", cell, 9, 5, TODAY, 0).statusCode(200);
        given().auth().oauth2(TestTokens.member(cell, official)).when().get(CASES + "/" + id).then().statusCode(200);
        assertEquals("CREATE,DECIDE,READ", single("select string_agg(action, ',' order by occurred_at, id) from audit_log"
                + " where entity_type = 'discipline-case' and entity_id = ?", id));
        assertEquals("inspector-" + grassroots, single("select actor from audit_log where entity_type = 'discipline-case'"
                + " and entity_id = ? and action = 'CREATE'", id));
    }

    @Test
    void documentedInOpenApi() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey(CASES + "/{id}/decision"))
                .body("paths", org.hamcrest.Matchers.hasKey(SUSPENSIONS + "/{id}/extensions"));
    }

    // ---- suspension ----

    @Test
    void suspensionIsAtMost90DaysThenAtMost180InTotal() {
        given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(suspension(official, 91)).when().post(SUSPENSIONS)
                .then().statusCode(422).body("errors[0].field", equalTo("discipline.suspension"));
        String id = given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(suspension(official, 90)).when().post(SUSPENSIONS)
                .then().statusCode(201)
                .body("totalDays", equalTo(90))
                .body("endDate", equalTo(TODAY.plusDays(90).toString()))
                .extract().path("id");
        assertEquals(List.of("MEMBER_SUSPENSION_STARTS", "MEMBER_SUSPENSION_ENDS"), effects(id));

        extend(id, 91, 0).statusCode(422).body("errors[0].field", equalTo("discipline.suspension"));
        extend(id, 90, 0).statusCode(200).body("totalDays", equalTo(180)).body("initialDays", equalTo(90))
                .body("endDate", equalTo(TODAY.plusDays(180).toString()));
        extend(id, 1, 1).statusCode(422).body("errors[0].field", equalTo("discipline.suspension"));
        assertEquals(List.of("MEMBER_SUSPENSION_STARTS", "MEMBER_SUSPENSION_ENDS", "MEMBER_SUSPENSION_ENDS"), effects(id));
        assertEquals(TODAY.plusDays(180).toString(), single(
                "select max(effective_date)::text from outbox where aggregate_id = ?::uuid", id));

        given().auth().oauth2(TestTokens.member(cell, official)).when().get(SUSPENSIONS + "/" + id).then().statusCode(200)
                .body("endDate", equalTo(TODAY.plusDays(180).toString()));
        given().auth().oauth2(TestTokens.member(cell, otherMember)).when().get(SUSPENSIONS + "/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.inspector(otherGrassroots)).contentType(ContentType.JSON)
                .body(Map.of("additionalDays", 1, "decisionNumber", "x", "version", 1))
                .when().post(SUSPENSIONS + "/" + id + "/extensions").then().statusCode(403);
        given().auth().oauth2(TestTokens.inspector(otherGrassroots)).contentType(ContentType.JSON)
                .body(suspension(official, 30)).when().post(SUSPENSIONS).then().statusCode(403);
    }

    /**
     * Member ids from outside the caller's scope learn nothing: before, a case against an expelled member of another
     * subtree answered 422 "EXPELLED" (a status oracle) and the 403s named the member's organization.
     */
    @Test
    void outOfScopeMemberIdsAreRefusedWithoutSayingAnythingAboutTheMember() {
        String outside = TestTokens.inspector(otherGrassroots);
        for (UUID member : List.of(expelled, official)) {
            String answer = given().auth().oauth2(outside).contentType(ContentType.JSON)
                    .body(caseBody(member, "WARNING", TODAY.minusYears(1), null))
                    .when().post(CASES).then().statusCode(403).contentType("application/problem+json").extract().asString();
            assertFalse(answer.contains("EXPELLED") || answer.contains(cell.toString()), answer);
        }
        String answer = given().auth().oauth2(outside).contentType(ContentType.JSON).body(suspension(expelled, 30))
                .when().post(SUSPENSIONS).then().statusCode(403).extract().asString();
        assertFalse(answer.contains(cell.toString()), answer);
        answer = given().auth().oauth2(TestTokens.secretary(otherGrassroots)).when().get(CASES + "?memberId=" + official)
                .then().statusCode(403).extract().asString();
        assertFalse(answer.contains(cell.toString()), answer);
        answer = given().auth().oauth2(outside).when().get("/api/inspection/inspections?targetMemberId=" + official)
                .then().statusCode(403).extract().asString();
        assertFalse(answer.contains(cell.toString()), answer);
        // in scope, the rule still answers
        given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(caseBody(expelled, "WARNING", TODAY.minusYears(1), null))
                .when().post(CASES).then().statusCode(422);
        // a suspension's case id: the same answer for an unknown case and a case about someone else
        String othersCase = openCase(official, "WARNING", TODAY.minusYears(1), null);
        for (String caseId : List.of(othersCase, UUID.randomUUID().toString())) {
            Map<String, Object> body = new HashMap<>(suspension(otherMember, 30));
            body.put("caseId", caseId);
            given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON).body(body)
                    .when().post(SUSPENSIONS).then().statusCode(400).body("errors[0].field", equalTo("caseId"))
                    .body("detail", equalTo("caseId: không có vụ việc này về đảng viên này (no such case about this member)"));
        }
    }

    // ---- helpers ----

    private String openCase(UUID member, String form, LocalDate violation, LocalDate newerViolation) {
        return given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(caseBody(member, form, violation, newerViolation))
                .when().post(CASES)
                .then().statusCode(201).body("status", equalTo("OPEN")).body("decision", nullValue())
                .body("organizationId", equalTo(cell.toString()))
                .extract().path("id");
    }

    private static Map<String, Object> caseBody(UUID member, String form, LocalDate violation, LocalDate newerViolation) {
        Map<String, Object> body = new HashMap<>();
        body.put("targetKind", "MEMBER");
        body.put("targetMemberId", member.toString());
        body.put("violationDescription", "Vi phạm quy định về những điều đảng viên không được làm");
        body.put("violationDate", violation.toString());
        body.put("proposedForm", form);
        if (newerViolation != null) {
            body.put("newerViolationDate", newerViolation.toString());
            body.put("newerViolationDescription", "Tái phạm");
        }
        return body;
    }

    private ValidatableResponse decide(String id, String form, String body, UUID organization, int entitled, int votesFor,
            LocalDate decisionDate, long version) {
        return decide(id, form, body, organization, entitled, votesFor, decisionDate, version, Map.of());
    }

    private ValidatableResponse decide(String id, String form, String body, UUID organization, int entitled, int votesFor,
            LocalDate decisionDate, long version, Map<String, Object> overrides) {
        Map<String, Object> request = decision(form, body, organization, entitled, votesFor, decisionDate, version);
        request.putAll(overrides);
        return given().auth().oauth2(TestTokens.inspector(bloc)).contentType(ContentType.JSON).body(request)
                .when().post(CASES + "/" + id + "/decision").then();
    }

    private static Map<String, Object> decision(String form, String body, UUID organization, int entitled, int votesFor,
            LocalDate decisionDate, long version) {
        Map<String, Object> request = new HashMap<>();
        request.put("form", form);
        request.put("decidingBodyKind", body);
        request.put("decidingOrganizationId", organization.toString());
        request.put("entitledVoters", entitled);
        request.put("votesFor", votesFor);
        request.put("votesAgainst", 0);
        request.put("decisionNumber", "15-QĐ/ĐU");
        request.put("decisionDate", decisionDate.toString());
        request.put("effectiveDate", decisionDate.toString());
        request.put("version", version);
        return request;
    }

    private Map<String, Object> suspension(UUID member, int days) {
        return Map.of("memberId", member.toString(), "reason", "Để xem xét, xử lý kỷ luật", "decisionNumber", "07-QĐ/UBKT",
                "startDate", TODAY.toString(), "days", days);
    }

    private ValidatableResponse extend(String id, int days, long version) {
        return given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(Map.of("additionalDays", days, "decisionNumber", "09-QĐ/UBKT", "version", version))
                .when().post(SUSPENSIONS + "/" + id + "/extensions").then();
    }

    private List<String> effects(String aggregateId) {
        List<String> effects = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select effect from outbox where aggregate_id = ?::uuid and delivered_at is null order by created_at, effective_date")) {
            statement.setString(1, aggregateId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    effects.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return effects;
    }

    private String single(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
