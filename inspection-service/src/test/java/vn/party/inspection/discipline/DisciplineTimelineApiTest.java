package vn.party.inspection.discipline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
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

/**
 * Issue 19, discipline: each decision judged by its era's policy version, the statute keyed on the violation's level
 * and stopped by the competent body, the authority matrix by the body's level, the complaint deadline from receipt,
 * and the year statistics after complaints.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipMembers.class)
class DisciplineTimelineApiTest {

    private static final String CASES = "/api/inspection/discipline/cases";
    private static final LocalDate TODAY = LocalDate.now(PartyClock.VIETNAM);
    private static final String QD_102 = "00000000-0000-4000-8000-00000000d102";
    private static final String QD_22 = "00000000-0000-4000-8000-00000000d022";

    @Inject
    DataSource dataSource;

    private final UUID bloc = UUID.randomUUID();
    private final UUID grassroots = UUID.randomUUID();
    private final UUID cell = UUID.randomUUID();
    private final UUID official = UUID.randomUUID();

    @BeforeEach
    void world() {
        FakeMembershipTree.place(bloc, null, null, "BLOC_COMMITTEE");
        FakeMembershipTree.place(grassroots, bloc, null, "GRASSROOTS_COMMITTEE");
        FakeMembershipTree.place(cell, grassroots, null, "SUBORDINATE_CELL");
        FakeMembershipMembers.register(official, cell, "OFFICIAL", false);
    }

    // ---- policy timeline from 2016 ----

    @Test
    void a2018And2020DecisionAreJudgedByTheVersionOfTheirEra() {
        String in2018 = openCase(Map.of("violationDate", "2017-06-01"));
        decide(in2018, "WARNING", "CELL", cell, LocalDate.of(2018, 3, 15), Map.of())
                .statusCode(200).body("decision.policyId", equalTo(QD_102));
        String in2020 = openCase(Map.of("violationDate", "2019-10-01"));
        decide(in2020, "WARNING", "CELL", cell, LocalDate.of(2020, 9, 30), Map.of())
                .statusCode(200).body("decision.policyId", equalTo(QD_102));
        String in2021 = openCase(Map.of("violationDate", "2021-01-05"));
        decide(in2021, "WARNING", "CELL", cell, LocalDate.of(2021, 7, 28), Map.of())
                .statusCode(200).body("decision.policyId", equalTo(QD_22));
        // the vote of the era: more than half of 9
        String short2020 = openCase(Map.of("violationDate", "2019-10-01"));
        decide(short2020, "WARNING", "CELL", cell, LocalDate.of(2020, 9, 30), Map.of("votesFor", 4))
                .statusCode(422).body("errors[0].field", equalTo("discipline.vote"));
    }

    @Test
    void aSuspensionAndADenunciationOf2020AreJudgedByTheirEra() {
        given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(Map.of("memberId", official.toString(), "reason", "Để xem xét, xử lý kỷ luật", "decisionNumber", "07-QĐ",
                        "startDate", "2020-03-01", "days", 90))
                .when().post("/api/inspection/discipline/suspensions")
                .then().statusCode(201).body("policyId", equalTo(QD_102));
        LocalDate received = LocalDate.of(2020, 2, 3);
        String id = given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(Map.of("subjectKind", "MEMBER", "subjectMemberId", official.toString(), "content", "Tố cáo",
                        "receivedDate", received.toString()))
                .when().post("/api/inspection/denunciations")
                .then().statusCode(201).body("deadline", equalTo(received.plusDays(60).toString())).extract().path("id");
        assertEquals("00000000-0000-4000-8000-00000000d030",
                single("select policy_id::text from denunciation where id = ?::uuid", id));
    }

    // ---- statute of limitations ----

    @Test
    void theStatuteIsKeyedOnTheViolationsLevelNotTheFormDecided() {
        // a reprimand-level violation 7 years old is out of time even if a warning (10 years) is decided
        String id = openCase(Map.of("violationDate", TODAY.minusYears(7).toString(), "proposedForm", "WARNING",
                "violationLevel", "REPRIMAND"));
        decide(id, "WARNING", "CELL", cell, TODAY, Map.of()).statusCode(422)
                .body("errors[0].field", equalTo("discipline.statute"));
        // an expulsion-level violation 12 years old has no statute, even when a lighter form is decided
        String grave = openCase(Map.of("violationDate", TODAY.minusYears(12).toString(), "proposedForm", "WARNING",
                "violationLevel", "EXPULSION"));
        decide(grave, "WARNING", "CELL", cell, TODAY, Map.of()).statusCode(200)
                .body("violationLevel", equalTo("EXPULSION"));
    }

    @Test
    void theClockStopsWhenTheCompetentBodyConcludesDisciplineIsDue() {
        LocalDate violation = TODAY.minusYears(6);
        String id = openCase(Map.of("violationDate", violation.toString(), "proposedForm", "REPRIMAND",
                "statuteStoppedOn", violation.plusYears(4).toString()));
        decide(id, "REPRIMAND", "CELL", cell, TODAY, Map.of()).statusCode(200)
                .body("statuteStoppedOn", equalTo(violation.plusYears(4).toString()));
        String late = openCase(Map.of("violationDate", violation.toString(), "proposedForm", "REPRIMAND",
                "statuteStoppedOn", violation.plusYears(5).plusDays(1).toString()));
        decide(late, "REPRIMAND", "CELL", cell, TODAY, Map.of()).statusCode(422)
                .body("errors[0].field", equalTo("discipline.statute"));
    }

    @Test
    void theNamedCategoriesHaveNoStatute() {
        String id = openCase(Map.of("violationDate", TODAY.minusYears(12).toString(), "proposedForm", "REPRIMAND",
                "violationCategory", "ILLEGAL_DIPLOMA"));
        decide(id, "REPRIMAND", "CELL", cell, TODAY, Map.of()).statusCode(200)
                .body("violationCategory", equalTo("ILLEGAL_DIPLOMA"));
        String ordinary = openCase(Map.of("violationDate", TODAY.minusYears(12).toString(), "proposedForm", "REPRIMAND"));
        decide(ordinary, "REPRIMAND", "CELL", cell, TODAY, Map.of()).statusCode(422)
                .body("errors[0].field", equalTo("discipline.statute"));
    }

    // ---- authority by the body's level ----

    @Test
    void aCellDeclaredAsAnInspectionCommitteeIsRefusedNamingTheField() {
        String id = openCase(Map.of());
        decide(id, "WARNING", "INSPECTION_COMMITTEE", cell, TODAY, Map.of()).statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("decidingBodyKind"));
        decide(id, "WARNING", "CELL", cell, TODAY, Map.of()).statusCode(200);
    }

    @Test
    void aGrassrootsInspectionCommitteeMayNotExpelTheBlocsMay() {
        String id = openCase(Map.of("proposedForm", "EXPULSION"));
        decide(id, "EXPULSION", "INSPECTION_COMMITTEE", grassroots, TODAY, Map.of()).statusCode(422)
                .body("errors[0].field", equalTo("discipline.authority"));
        decide(id, "EXPULSION", "INSPECTION_COMMITTEE", bloc, TODAY, Map.of()).statusCode(200);
    }

    // ---- complaint deadline ----

    @Test
    void theComplaintDeadlineCountsOneMonthFromReceipt() {
        String id = openCase(Map.of());
        LocalDate decided = TODAY.minusDays(20);
        LocalDate received = TODAY.minusDays(5);
        decide(id, "WARNING", "CELL", cell, decided, Map.of("receivedOn", received.toString())).statusCode(200)
                .body("decision.receivedOn", equalTo(received.toString()))
                .body("decision.complaintDeadline", equalTo(received.plusMonths(1).toString()));
        String early = openCase(Map.of());
        decide(early, "WARNING", "CELL", cell, decided, Map.of("receivedOn", decided.minusDays(1).toString()))
                .statusCode(400).body("errors[0].field", equalTo("receivedOn"));
    }

    // ---- year statistics after complaints ----

    @Test
    void yearStatisticsCountAnnulledDecisionsAsNotDecidedAndReducedOnesByTheirFinalForm() throws SQLException {
        int year = 2019;
        String kept = openCase(Map.of("violationDate", "2018-06-01"));
        decide(kept, "WARNING", "CELL", cell, LocalDate.of(year, 3, 1), Map.of()).statusCode(200);
        String annulled = openCase(Map.of("violationDate", "2018-06-01"));
        decide(annulled, "WARNING", "CELL", cell, LocalDate.of(year, 4, 1), Map.of()).statusCode(200);
        String reduced = openCase(Map.of("violationDate", "2018-06-01", "proposedForm", "EXPULSION"));
        decide(reduced, "EXPULSION", "GRASSROOTS_COMMITTEE", grassroots, LocalDate.of(year, 5, 1), Map.of()).statusCode(200);
        // what a resolved complaint writes on the case (ComplaintService): annulled, or reduced to a lighter form
        update("update discipline_case set annulled_on = date '2019-06-01' where id = ?::uuid", annulled);
        update("update discipline_case set effective_form = 'REPRIMAND' where id = ?::uuid", reduced);

        given().auth().oauth2(TestTokens.blocAdmin()).when()
                .get("/api/inspection/statistics?organizationId=" + grassroots + "&year=" + year).then().statusCode(200)
                .body("discipline.members.total", equalTo(1))
                .body("discipline.members.byForm", equalTo(Map.of("WARNING", 1, "REPRIMAND", 1)));
    }

    // ---- helpers ----

    private String openCase(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("targetKind", "MEMBER");
        body.put("targetMemberId", official.toString());
        body.put("violationDescription", "Vi phạm quy định về những điều đảng viên không được làm");
        body.put("violationDate", TODAY.minusYears(1).toString());
        body.put("proposedForm", "WARNING");
        body.putAll(overrides);
        return given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON).body(body)
                .when().post(CASES).then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse decide(String id, String form, String bodyKind, UUID organization, LocalDate decisionDate,
            Map<String, Object> overrides) {
        Map<String, Object> request = new HashMap<>();
        request.put("form", form);
        request.put("decidingBodyKind", bodyKind);
        request.put("decidingOrganizationId", organization.toString());
        request.put("entitledVoters", 9);
        request.put("votesFor", 7);
        request.put("votesAgainst", 0);
        request.put("decisionNumber", "15-QĐ");
        request.put("decisionDate", decisionDate.toString());
        request.put("effectiveDate", decisionDate.toString());
        request.put("version", 0);
        request.putAll(overrides);
        return given().auth().oauth2(TestTokens.inspector(bloc)).contentType(ContentType.JSON).body(request)
                .when().post(CASES + "/" + id + "/decision").then();
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

    private void update(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }
}
