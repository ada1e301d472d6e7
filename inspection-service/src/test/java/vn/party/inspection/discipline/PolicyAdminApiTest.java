package vn.party.inspection.discipline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

import org.junit.jupiter.api.AfterEach;
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

/** Discipline policy versions through the API: who reads and adds them, validation, the retroactivity rule, and use. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipMembers.class)
class PolicyAdminApiTest {

    private static final String POLICIES = "/api/inspection/discipline/policies";
    private static final String CASES = "/api/inspection/discipline/cases";
    private static final String SEEDED = "00000000-0000-4000-8000-00000000d296";
    private static final LocalDate TODAY = LocalDate.now(PartyClock.VIETNAM);

    @Inject
    DataSource dataSource;

    private final UUID bloc = UUID.randomUUID();
    private final UUID grassroots = UUID.randomUUID();
    private final UUID cell = UUID.randomUUID();
    private final UUID member = UUID.randomUUID();
    private final List<String> created = new ArrayList<>();

    @BeforeEach
    void world() {
        FakeMembershipTree.place(bloc, null, null, "BLOC_COMMITTEE");
        FakeMembershipTree.place(grassroots, bloc, null, "GRASSROOTS_COMMITTEE");
        FakeMembershipTree.place(cell, grassroots, null, "SUBORDINATE_CELL");
        FakeMembershipMembers.register(member, cell, "OFFICIAL", false);
    }

    /** Versions added here would change the rules for the test classes that run after this one: remove them. */
    @AfterEach
    void removeAddedVersions() {
        for (String id : created) {
            update("update discipline_case set policy_id = '" + SEEDED + "' where policy_id = ?::uuid", id);
            update("update suspension set policy_id = '" + SEEDED + "' where policy_id = ?::uuid", id);
            update("delete from discipline_policy_form where policy_id = ?::uuid", id);
            update("delete from discipline_policy_authority where policy_id = ?::uuid", id);
            update("delete from discipline_policy_no_statute_category where policy_id = ?::uuid", id);
            update("delete from discipline_policy_body_level where policy_id = ?::uuid", id);
            update("delete from discipline_policy where id = ?::uuid", id);
        }
    }

    @Test
    void inspectorsAndBlocAdminReadVersionsOnlyBlocAdminAddsThem() {
        given().auth().oauth2(TestTokens.inspector(grassroots)).when().get(POLICIES + "?size=200").then().statusCode(200)
                .body("items.id", hasItem(SEEDED))
                .body("items.find { it.id == '" + SEEDED + "' }.forms", hasSize(5))
                .body("items.find { it.id == '" + SEEDED + "' }.forms.find { it.form == 'EXPULSION' }.statuteYears", nullValue())
                .body("items.find { it.id == '" + SEEDED + "' }.forms.find { it.form == 'WARNING' }.voteStrict", equalTo(true))
                .body("items.find { it.id == '" + SEEDED + "' }.authorities", hasSize(22));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(POLICIES + "/on/2025-06-01").then().statusCode(200)
                .body("id", equalTo(SEEDED)).body("suspensionMaxInitialDays", equalTo(90));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(POLICIES + "/on/2016-07-25").then().statusCode(422)
                .body("errors[0].field", equalTo("discipline.policy"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(POLICIES + "/on/soon").then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(POLICIES + "/" + UUID.randomUUID()).then().statusCode(404);

        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(POLICIES).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.member(cell, member)).when().get(POLICIES).then().statusCode(403);
        given().when().get(POLICIES).then().statusCode(401);
        post(TestTokens.inspector(bloc), version(LocalDate.of(2088, 1, 1), 1, 2, true)).statusCode(403);
        post(TestTokens.secretary(bloc), version(LocalDate.of(2088, 1, 1), 1, 2, true)).statusCode(403);
    }

    @Test
    void aVersionIsValidatedAndItsDateIsUnique() {
        String admin = TestTokens.blocAdmin();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("source", "x")).when().post(POLICIES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("effectiveFrom", "suspensionMaxInitialDays", "suspensionMaxTotalDays",
                        "complaintWindowMonths", "forms"));

        Map<String, Object> body = version(LocalDate.of(2088, 1, 1), 1, 2, true);
        body.put("suspensionMaxTotalDays", 60);
        post(admin, body).statusCode(400).body("errors[0].field", equalTo("suspensionMaxTotalDays"));

        body = version(LocalDate.of(2088, 1, 1), 1, 2, true);
        ((List<?>) body.get("forms")).remove(3);
        post(admin, body).statusCode(400).body("errors[0].field", equalTo("forms"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("EXPULSION"));

        body = version(LocalDate.of(2088, 1, 1), 1, 2, true);
        @SuppressWarnings("unchecked")
        List<Object> forms = (List<Object>) body.get("forms");
        forms.add(forms.get(0));
        post(admin, body).statusCode(400).body("errors[0].field", equalTo("forms[5].form"));

        body = version(LocalDate.of(2088, 1, 1), 3, 2, false);
        post(admin, body).statusCode(400).body("errors[0].field", equalTo("forms[0].voteDenominator"));

        body = version(LocalDate.of(2088, 1, 1), 1, 2, true);
        body.put("authorities", List.of(Map.of("bodyKind", "STANDING_COMMITTEE", "targetKind", "MEMBER", "form", "DISSOLUTION")));
        post(admin, body).statusCode(400).body("errors[0].field", equalTo("authorities[0].form"));
        body.put("authorities", List.of());
        post(admin, body).statusCode(400).body("errors[0].field", equalTo("authorities"));
        body.put("authorities", List.of(Map.of("bodyKind", "CELL", "targetKind", "MEMBER", "form", "WARNING"),
                Map.of("bodyKind", "CELL", "targetKind", "MEMBER", "form", "WARNING")));
        post(admin, body).statusCode(400).body("errors[0].field", equalTo("authorities[1]"));

        post(admin, version(LocalDate.of(2025, 5, 30), 1, 2, true)).statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("effectiveFrom"));

        // a version after everything recorded is accepted, with the matrix of the version it follows
        Map<String, Object> future = version(LocalDate.of(2088, 1, 1), 1, 2, true);
        future.put("authorities", List.of(Map.of("bodyKind", "STANDING_COMMITTEE", "targetKind", "ORGANIZATION",
                "form", "DISSOLUTION")));
        String id = post(admin, future).statusCode(201)
                .body("effectiveFrom", equalTo("2088-01-01"))
                .body("authorities", hasSize(1))
                .extract().path("id");
        created.add(id);
        post(admin, version(LocalDate.of(2088, 1, 1), 1, 2, true)).statusCode(409);
        assertEquals("admin", single("select actor from audit_log where entity_type = 'discipline-policy'"
                + " and entity_id = ? and action = 'CREATE'", id));
    }

    @Test
    void aVersionCannotTakeEffectBeforeDecisionsAlreadyJudgedByTheRulesInForce() {
        String id = openCase();
        decide(id, TODAY, 5).statusCode(200);
        post(TestTokens.blocAdmin(), version(TODAY, 2, 3, false)).statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("discipline.policy-retroactive"));
        post(TestTokens.blocAdmin(), version(TODAY.minusMonths(3), 2, 3, false)).statusCode(422)
                .body("errors[0].field", equalTo("discipline.policy-retroactive"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(POLICIES + "/on/" + TODAY).then().statusCode(200)
                .body("id", equalTo(SEEDED));
    }

    @Test
    void aCaseDecidedFromTheNewVersionsDateIsJudgedByItAndOneBeforeByTheOld() {
        LocalDate from = TODAY.minusDays(10);
        // Other test classes share this database and record decisions and suspensions today; move them to the day
        // before the new version so that it is not retroactive (the rule itself is tested above).
        update("update discipline_case set decision_date = ?::date - 1 where status = 'DECIDED' and decision_date >= ?::date"
                + " and decision_date < coalesce((select min(effective_from) from discipline_policy where effective_from > ?::date),"
                + " date '9999-12-31')", from.toString(), from.toString(), from.toString());
        update("update suspension set start_date = ?::date - 1 where start_date >= ?::date and start_date < coalesce("
                + "(select min(effective_from) from discipline_policy where effective_from > ?::date), date '9999-12-31')",
                from.toString(), from.toString(), from.toString());

        // the new version: a reprimand needs at least 2/3 (the 2025 one: more than 1/2); the matrix is kept
        String newVersion = post(TestTokens.blocAdmin(), version(from, 2, 3, false)).statusCode(201)
                .body("forms.find { it.form == 'REPRIMAND' }.voteNumerator", equalTo(2))
                .body("authorities", hasSize(22))
                .extract().path("id");
        created.add(newVersion);
        given().auth().oauth2(TestTokens.inspector(bloc)).when().get(POLICIES + "/on/" + from).then().statusCode(200)
                .body("id", equalTo(newVersion));
        given().auth().oauth2(TestTokens.inspector(bloc)).when().get(POLICIES + "/on/" + from.minusDays(1)).then()
                .statusCode(200).body("id", equalTo(SEEDED));

        String after = openCase();
        decide(after, from, 5).statusCode(422).body("errors[0].field", equalTo("discipline.vote"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("≥ 2/3"));
        decide(after, from, 6).statusCode(200).body("decision.policyId", equalTo(newVersion));

        String before = openCase();
        decide(before, from.minusDays(1), 5).statusCode(200).body("decision.policyId", equalTo(SEEDED));
    }

    // ---- helpers ----

    /** A version like the 2025 one, except the reprimand's vote threshold. */
    private static Map<String, Object> version(LocalDate from, int numerator, int denominator, boolean strict) {
        Map<String, Object> body = new HashMap<>();
        body.put("effectiveFrom", from.toString());
        body.put("source", "Quy định thử nghiệm (test)");
        body.put("suspensionMaxInitialDays", 90);
        body.put("suspensionMaxTotalDays", 180);
        body.put("complaintWindowMonths", 1);
        List<Object> forms = new ArrayList<>();
        forms.add(form("REPRIMAND", 5, numerator, denominator, strict));
        forms.add(form("WARNING", 10, 1, 2, true));
        forms.add(form("REMOVAL_FROM_POST", 10, 2, 3, false));
        forms.add(form("EXPULSION", null, 2, 3, false));
        forms.add(form("DISSOLUTION", null, 2, 3, false));
        body.put("forms", forms);
        return body;
    }

    private static Map<String, Object> form(String form, Integer statute, int numerator, int denominator, boolean strict) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("form", form);
        rule.put("statuteYears", statute);
        rule.put("voteNumerator", numerator);
        rule.put("voteDenominator", denominator);
        rule.put("voteStrict", strict);
        return rule;
    }

    private static ValidatableResponse post(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(POLICIES).then();
    }

    private String openCase() {
        Map<String, Object> body = new HashMap<>();
        body.put("targetKind", "MEMBER");
        body.put("targetMemberId", member.toString());
        body.put("violationDescription", "Vi phạm quy định");
        body.put("violationDate", TODAY.minusYears(1).toString());
        body.put("proposedForm", "REPRIMAND");
        return given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON).body(body)
                .when().post(CASES).then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse decide(String id, LocalDate date, int votesFor) {
        Map<String, Object> request = new HashMap<>();
        request.put("form", "REPRIMAND");
        request.put("decidingBodyKind", "CELL");
        request.put("decidingOrganizationId", cell.toString());
        request.put("entitledVoters", 9);
        request.put("votesFor", votesFor);
        request.put("votesAgainst", 9 - votesFor);
        request.put("decisionNumber", "04-QĐ/CB");
        request.put("decisionDate", date.toString());
        request.put("effectiveDate", date.toString());
        request.put("version", 0);
        return given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON).body(request)
                .when().post(CASES + "/" + id + "/decision").then();
    }

    private void update(String sql, String... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String single(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
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
