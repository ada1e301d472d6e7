package vn.party.inspection.complaint;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import vn.party.inspection.discipline.FakeMembershipMembers;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;
import vn.party.testsupport.clock.AtNoonAndNewYearMorning;
import vn.party.testsupport.clock.PinnedClock;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipMembers.class)
class ComplaintApiTest {

    private static final String CASES = "/api/inspection/discipline/cases";
    private static final String COMPLAINTS = "/api/inspection/complaints";
    private static final LocalDate DECIDED = LocalDate.of(2026, 1, 10);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 15);

    @Inject
    DataSource dataSource;

    private final UUID bloc = UUID.randomUUID();
    private final UUID grassroots = UUID.randomUUID();
    private final UUID cell = UUID.randomUUID();
    private final UUID otherGrassroots = UUID.randomUUID();
    private final UUID member = UUID.randomUUID();
    private final UUID otherMember = UUID.randomUUID();

    @BeforeEach
    void world() {
        FakeMembershipTree.place(bloc, null, null, "BLOC_COMMITTEE");
        FakeMembershipTree.place(grassroots, bloc, null, "GRASSROOTS_COMMITTEE");
        FakeMembershipTree.place(cell, grassroots, null, "SUBORDINATE_CELL");
        FakeMembershipTree.place(otherGrassroots, bloc, null, "GRASSROOTS_COMMITTEE");
        FakeMembershipMembers.register(member, cell, "OFFICIAL", false);
        FakeMembershipMembers.register(otherMember, cell, "OFFICIAL", false);
    }

    @Test
    void theWindowIsOneMonthFromReceiptLastDayIncluded() {
        String caseId = decidedCase("WARNING", "CELL", cell);
        file(TestTokens.inspector(grassroots), caseId, RECEIVED, LocalDate.of(2026, 2, 16))
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("complaint.deadline"));
        file(TestTokens.inspector(grassroots), caseId, RECEIVED, LocalDate.of(2026, 2, 15))
                .statusCode(201).body("deadline", equalTo("2026-02-15")).body("status", equalTo("OPEN"))
                .body("originalForm", equalTo("WARNING"))
                // a cell's decision is handled by the level above: its grassroots committee
                .body("handlingOrganizationId", equalTo(grassroots.toString()))
                .body("resolution", nullValue());
    }

    /**
     * Filed today in Vietnam (the decision of today, @PastOrPresent; a member's filing date is today): run at noon in
     * Vietnam on 31 December and at 23:30 UTC, when Vietnam is already on 1 January.
     */
    @AtNoonAndNewYearMorning
    void theMemberFilesTheirOwnAndOnlyTheirOwn() {
        LocalDate today = PinnedClock.today();
        String caseId = decidedCase("REPRIMAND", "CELL", cell, today);
        file(TestTokens.member(cell, otherMember), caseId, today, null).statusCode(403);
        String id = file(TestTokens.member(cell, member), caseId, today, null)
                .statusCode(201).body("filedByMember", equalTo(true)).body("filedDate", equalTo(today.toString()))
                .extract().path("id");
        given().auth().oauth2(TestTokens.member(cell, member)).when().get(COMPLAINTS + "/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.member(cell, member)).when().get(COMPLAINTS + "/mine").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(TestTokens.member(cell, otherMember)).when().get(COMPLAINTS + "/" + id).then().statusCode(403);
        // a member may not resolve, nor file a second open complaint
        resolve(TestTokens.member(cell, member), id, "ANNUL", null, 0).statusCode(403);
        file(TestTokens.member(cell, member), caseId, today, null)
                .statusCode(422).body("errors[0].field", equalTo("complaint.already-open"));
    }

    @Test
    void theDecisionStaysInForceWhileOpenAndAnnulmentQueuesTheRestoration() {
        String caseId = decidedCase("EXPULSION", "GRASSROOTS_COMMITTEE", grassroots);
        String id = file(TestTokens.blocAdmin(), caseId, RECEIVED, LocalDate.of(2026, 2, 1)).statusCode(201)
                .body("handlingOrganizationId", equalTo(bloc.toString())).extract().path("id");
        // open: the expulsion applies; nothing is reversed
        given().auth().oauth2(TestTokens.inspector(grassroots)).when().get(CASES + "/" + caseId).then().statusCode(200)
                .body("decision.form", equalTo("EXPULSION")).body("decision.effectiveForm", equalTo("EXPULSION"))
                .body("decision.annulledOn", nullValue());
        assertEquals(List.of("MEMBER_EXPELLED"), effects(caseId, id));

        // the grassroots inspector is not above the deciding body: 403
        resolve(TestTokens.inspector(grassroots), id, "ANNUL", null, 0).statusCode(403);
        resolve(TestTokens.inspector(bloc), id, "ANNUL", null, 0).statusCode(200)
                .body("status", equalTo("RESOLVED")).body("resolution.outcome", equalTo("ANNUL"))
                .body("resolution.resolvedBy", equalTo("inspector-" + bloc));
        given().auth().oauth2(TestTokens.inspector(grassroots)).when().get(CASES + "/" + caseId).then().statusCode(200)
                .body("decision.form", equalTo("EXPULSION")).body("decision.effectiveForm", nullValue())
                .body("decision.annulledOn", equalTo(LocalDate.of(2026, 3, 1).toString()));
        assertEquals(List.of("MEMBER_EXPELLED", "DISCIPLINE_ANNULLED"), effects(caseId, id));
        String payload = single("select payload::text from outbox where aggregate_id = ?::uuid", id);
        assertTrue(payload.contains("\"restore\": [\"MEMBERSHIP\", \"POST\"]"), payload);
        assertEquals(member.toString(), single("select member_id::text from outbox where aggregate_id = ?::uuid", id));
        // resolved once; nothing left to complain about
        resolve(TestTokens.inspector(bloc), id, "UPHOLD", null, 1).statusCode(422)
                .body("errors[0].field", equalTo("complaint.resolved"));
        file(TestTokens.blocAdmin(), caseId, RECEIVED, LocalDate.of(2026, 2, 2))
                .statusCode(422).body("errors[0].field", equalTo("complaint.nothing-in-force"));
        assertEquals("CREATE,RESOLVE", single("select string_agg(action, ',' order by occurred_at, id) from audit_log"
                + " where entity_type = 'discipline-complaint' and entity_id = ? and action <> 'READ'", id));
        assertEquals("1", single("select count(*) from audit_log where entity_type = 'discipline-case' and entity_id = ?"
                + " and action = 'ANNUL'", caseId));
    }

    @Test
    void aReductionMustBeToALighterForm() {
        String caseId = decidedCase("WARNING", "CELL", cell);
        String id = file(TestTokens.inspector(grassroots), caseId, RECEIVED, RECEIVED).statusCode(201).extract().path("id");
        resolve(TestTokens.inspector(grassroots), id, "REDUCE", "WARNING", 0).statusCode(422)
                .body("errors[0].field", equalTo("complaint.reduce-lighter"));
        resolve(TestTokens.inspector(grassroots), id, "REDUCE", "EXPULSION", 0).statusCode(422)
                .body("errors[0].field", equalTo("complaint.reduce-lighter"));
        resolve(TestTokens.inspector(grassroots), id, "REDUCE", null, 0).statusCode(400)
                .body("errors[0].field", equalTo("newForm"));
        assertEquals(List.of(), effects(caseId, id));
        resolve(TestTokens.inspector(grassroots), id, "REDUCE", "REPRIMAND", 0).statusCode(200)
                .body("resolution.newForm", equalTo("REPRIMAND"));
        given().auth().oauth2(TestTokens.member(cell, member)).when().get(CASES + "/" + caseId).then().statusCode(200)
                .body("decision.form", equalTo("WARNING")).body("decision.effectiveForm", equalTo("REPRIMAND"));
        assertEquals(List.of("DISCIPLINE_REDUCED"), effects(caseId, id));
    }

    @Test
    void aDissolvedOrganizationIsReducedOnlyToAnOrganizationForm() {
        Map<String, Object> body = new HashMap<>();
        body.put("targetKind", "ORGANIZATION");
        body.put("targetOrganizationId", cell.toString());
        body.put("violationDescription", "Buông lỏng lãnh đạo");
        body.put("violationDate", "2025-06-01");
        body.put("proposedForm", "DISSOLUTION");
        String caseId = given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON).body(body)
                .when().post(CASES).then().statusCode(201).extract().path("id");
        Map<String, Object> decision = new HashMap<>(Map.of("form", "DISSOLUTION", "decidingBodyKind", "GRASSROOTS_COMMITTEE",
                "decidingOrganizationId", grassroots.toString(), "entitledVoters", 9, "votesFor", 9, "votesAgainst", 0,
                "decisionNumber", "QĐ-GT", "decisionDate", DECIDED.toString(), "effectiveDate", DECIDED.toString()));
        decision.put("version", 0);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(decision)
                .when().post(CASES + "/" + caseId + "/decision").then().statusCode(200);
        String id = file(TestTokens.secretary(cell), caseId, RECEIVED, RECEIVED).statusCode(201)
                .body("memberId", nullValue()).extract().path("id");
        resolve(TestTokens.inspector(bloc), id, "REDUCE", "EXPULSION", 0).statusCode(422)
                .body("errors[0].field", equalTo("discipline.form-for-target"));
        resolve(TestTokens.inspector(bloc), id, "REDUCE", "WARNING", 0).statusCode(200);
        assertEquals(List.of("ORGANIZATION_DISSOLVED", "DISCIPLINE_REDUCED"), effects(caseId, id));
        String payload = single("select payload::text from outbox where aggregate_id = ?::uuid", id);
        assertTrue(payload.contains("\"restore\": [\"ORGANIZATION\"]"), payload);
    }

    @Test
    void upholdChangesNothing() {
        String caseId = decidedCase("WARNING", "CELL", cell);
        String id = file(TestTokens.inspector(grassroots), caseId, RECEIVED, RECEIVED).statusCode(201).extract().path("id");
        resolve(TestTokens.inspector(grassroots), id, "UPHOLD", "REPRIMAND", 0).statusCode(400)
                .body("errors[0].field", equalTo("newForm"));
        resolve(TestTokens.inspector(grassroots), id, "UPHOLD", null, 0).statusCode(200);
        assertEquals(List.of(), effects(caseId, id));
        given().auth().oauth2(TestTokens.inspector(grassroots)).when().get(CASES + "/" + caseId).then()
                .body("decision.effectiveForm", equalTo("WARNING"));
    }

    @Test
    void secretariesReadOnlyResolvedComplaintsInScope() {
        String caseId = decidedCase("WARNING", "CELL", cell);
        String id = file(TestTokens.secretary(cell), caseId, RECEIVED, RECEIVED).statusCode(201)
                .body("filedByMember", equalTo(false)).extract().path("id");
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(COMPLAINTS + "/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(COMPLAINTS + "?organizationId=" + grassroots)
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.inspector(grassroots)).when().get(COMPLAINTS + "?organizationId=" + grassroots)
                .then().statusCode(200).body("totalItems", equalTo(1));
        resolve(TestTokens.secretary(grassroots), id, "UPHOLD", null, 0).statusCode(403);
        resolve(TestTokens.inspector(otherGrassroots), id, "UPHOLD", null, 0).statusCode(403);
        resolve(TestTokens.blocAdmin(), id, "UPHOLD", null, 0).statusCode(200);
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(COMPLAINTS + "/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.secretary(otherGrassroots)).when().get(COMPLAINTS + "/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.inspector(otherGrassroots)).when().get(COMPLAINTS + "/" + id).then().statusCode(403);
        // a case id from outside the caller's scope: 403 without the case's organization (before: named in the answer)
        String answer = file(TestTokens.inspector(otherGrassroots), caseId, RECEIVED, RECEIVED).statusCode(403)
                .contentType("application/problem+json").extract().asString();
        assertFalse(answer.contains(cell.toString()), answer);
    }

    @Test
    void badInputIs400AndNoTokenIs401() {
        given().contentType(ContentType.JSON).body(Map.of()).when().post(COMPLAINTS).then().statusCode(401);
        given().when().get(COMPLAINTS + "/" + UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(Map.of())
                .when().post(COMPLAINTS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("caseId", "decisionReceivedDate", "grounds"));
        String caseId = decidedCase("WARNING", "CELL", cell);
        file(TestTokens.blocAdmin(), caseId, DECIDED.minusDays(1), RECEIVED).statusCode(400)
                .body("errors[0].field", equalTo("decisionReceivedDate"));
        file(TestTokens.blocAdmin(), caseId, RECEIVED, RECEIVED.minusDays(1)).statusCode(400)
                .body("errors[0].field", equalTo("filedDate"));
        String open = given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(caseBody("WARNING")).when().post(CASES).then().statusCode(201).extract().path("id");
        file(TestTokens.blocAdmin(), open, RECEIVED, RECEIVED).statusCode(422)
                .body("errors[0].field", equalTo("complaint.case-not-decided"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body("{\"outcome\": \"FORGIVE\", \"resolutionNumber\": \"1\", \"resolutionDate\": \"2026-03-01\", \"version\": 0}")
                .when().post(COMPLAINTS + "/" + UUID.randomUUID() + "/resolution").then().statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(COMPLAINTS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    // ---- helpers ----

    private String decidedCase(String form, String body, UUID organization) {
        return decidedCase(form, body, organization, DECIDED);
    }

    private String decidedCase(String form, String body, UUID organization, LocalDate decisionDate) {
        String id = given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(caseBody(form)).when().post(CASES).then().statusCode(201).extract().path("id");
        Map<String, Object> decision = new HashMap<>();
        decision.put("form", form);
        decision.put("decidingBodyKind", body);
        decision.put("decidingOrganizationId", organization.toString());
        decision.put("entitledVoters", 9);
        decision.put("votesFor", 9);
        decision.put("votesAgainst", 0);
        decision.put("decisionNumber", "QĐ-" + UUID.randomUUID().toString().substring(0, 8));
        decision.put("decisionDate", decisionDate.toString());
        decision.put("effectiveDate", decisionDate.toString());
        decision.put("version", 0);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(decision)
                .when().post(CASES + "/" + id + "/decision").then().statusCode(200);
        return id;
    }

    private Map<String, Object> caseBody(String form) {
        Map<String, Object> body = new HashMap<>();
        body.put("targetKind", "MEMBER");
        body.put("targetMemberId", member.toString());
        body.put("violationDescription", "Vi phạm quy định về những điều đảng viên không được làm");
        body.put("violationDate", "2025-06-01");
        body.put("proposedForm", form);
        return body;
    }

    private static ValidatableResponse file(String token, String caseId, LocalDate received, LocalDate filed) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", caseId);
        body.put("decisionReceivedDate", received.toString());
        if (filed != null) {
            body.put("filedDate", filed.toString());
        }
        body.put("grounds", "Hình thức kỷ luật quá nặng so với tính chất vi phạm");
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(COMPLAINTS).then();
    }

    private static ValidatableResponse resolve(String token, String id, String outcome, String newForm, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        if (newForm != null) {
            body.put("newForm", newForm);
        }
        body.put("resolutionNumber", "GQ-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("resolutionDate", "2026-03-01");
        body.put("reason", "Xem xét lại");
        body.put("version", version);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(COMPLAINTS + "/" + id + "/resolution").then();
    }

    private List<String> effects(String caseId, String complaintId) {
        List<String> effects = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select effect from outbox where aggregate_id in (?::uuid, ?::uuid) order by created_at, id")) {
            statement.setString(1, caseId);
            statement.setString(2, complaintId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    effects.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return effects;
    }

    private String single(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
