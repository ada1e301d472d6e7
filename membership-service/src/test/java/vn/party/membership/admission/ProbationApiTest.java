package vn.party.membership.admission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ProbationApiTest {

    private static final String MEMBERS = "/api/membership/members/";

    private AdmissionFixture tree;
    private String secretary;

    @BeforeEach
    void tree() {
        tree = new AdmissionFixture();
        secretary = TestTokens.secretary(tree.grassroots);
    }

    private ValidatableResponse reviews(String on) {
        return given().auth().oauth2(secretary)
                .when().get("/api/membership/organizations/" + tree.grassroots + "/probation-reviews?asOf=" + on).then();
    }

    private static ValidatableResponse post(String token, UUID member, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(MEMBERS + member + "/" + path).then();
    }

    private static Map<String, Object> vote(String on, int entitled, int votesFor) {
        return Map.of("votedOn", on, "entitledVoters", entitled, "votesFor", votesFor, "decisionRef", "45-QĐ/ĐU");
    }

    @Test
    void reviewIsDueAtTheEndOfProbationAndOverdueAfterTheWorkingDays() {
        UUID member = AdmissionFixture.member(tree.cell, "Lương Văn Dự", "2024-10-01", null);
        reviews("2025-09-30").statusCode(200)
                .body("memberId", contains(member.toString()))
                .body("[0].dueDate", equalTo("2025-10-01"))
                .body("[0].reviewDeadline", equalTo("2025-11-12"))
                .body("[0].state", equalTo("NOT_DUE"));
        reviews("2025-11-12").body("[0].state", equalTo("DUE"));
        reviews("2025-11-13").body("[0].state", equalTo("OVERDUE"));
        given().auth().oauth2(TestTokens.secretary(tree.otherCell))
                .when().get("/api/membership/organizations/" + tree.grassroots + "/probation-reviews").then()
                .statusCode(403);
        reviews("yesterday").statusCode(400).body("errors.field", hasItem("asOf"));
    }

    @Test
    void failedVotesEscalateAndRecognitionDatesOfficialFromTheEndOfProbation() {
        UUID member = AdmissionFixture.member(tree.cell, "Quách Văn Thử", "2024-10-01", null);
        post(secretary, member, "recognition", vote("2025-09-30", 9, 9)).statusCode(422)
                .body("errors.field", hasItem("probation.not-ended"));
        // 7 of 9 pass whether the threshold is 2/3 or the 3/4 that PolicyVersionApiTest may have put in force
        // from 2025-09-01 (the test database is shared); 5 of 9 fail under both
        post(secretary, member, "probation-failures", vote("2025-11-03", 9, 7)).statusCode(422)
                .body("errors.field", hasItem("probation.vote-passed"));
        post(secretary, member, "probation-failures", vote("2025-11-03", 9, 5)).statusCode(200)
                .body("failedVotes", equalTo(1)).body("escalated", equalTo(false));
        post(secretary, member, "probation-failures", vote("2025-11-10", 9, 4)).statusCode(200)
                .body("failedVotes", equalTo(2)).body("escalated", equalTo(false));
        post(secretary, member, "probation-failures", vote("2025-11-17", 9, 5)).statusCode(200)
                .body("failedVotes", equalTo(3)).body("escalated", equalTo(true));
        reviews("2025-11-20").body("[0].escalated", equalTo(true)).body("[0].failedVotes", equalTo(3));

        post(TestTokens.secretary(tree.otherCell), member, "recognition", vote("2025-12-10", 9, 6)).statusCode(403);
        post(TestTokens.member(tree.cell, member), member, "recognition", vote("2025-12-10", 9, 6)).statusCode(403);
        post(secretary, member, "recognition", vote("2025-12-10", 9, 5)).statusCode(422)
                .body("errors.field", hasItem("admission.vote-threshold"));
        post(secretary, member, "recognition", vote("2025-12-10", 9, 7)).statusCode(200)
                .body("status", equalTo("OFFICIAL"))
                .body("officialDate", equalTo("2025-10-01"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + member + "/status-changes").then()
                .body("status", contains("PROBATIONARY", "OFFICIAL"))
                .body("[1].effectiveOn", equalTo("2025-10-01"))
                .body("[1].decisionRef", equalTo("45-QĐ/ĐU"));
        post(secretary, member, "recognition", vote("2025-12-11", 9, 9)).statusCode(422)
                .body("errors.field", hasItem("probation.status"));
        reviews("2025-12-11").body("size()", equalTo(0));
    }

    @Test
    void aFailedProbationRemovesTheMemberFromTheList() {
        UUID member = AdmissionFixture.member(tree.cell, "Mẫn Văn Rời", "2024-10-01", null);
        post(secretary, member, "probation-removal", Map.of("decidedOn", "2025-10-20")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("decisionRef"));
        post(secretary, member, "probation-removal", Map.of("decidedOn", "2025-10-20", "decisionRef", "50-QĐ/ĐU",
                "reason", "Không đủ tư cách đảng viên")).statusCode(200).body("status", equalTo("REMOVED"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + member + "/status-changes").then()
                .body("status", contains("PROBATIONARY", "REMOVED"))
                .body("[1].decisionRef", equalTo("50-QĐ/ĐU"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + member + "/audit").then()
                .body("action", hasItem("UPDATE"));
        reviews("2025-10-21").body("size()", equalTo(0));
    }
}
