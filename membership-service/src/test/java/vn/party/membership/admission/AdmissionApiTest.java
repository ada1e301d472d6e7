package vn.party.membership.admission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static vn.party.membership.admission.AdmissionFixture.CANDIDATES;
import static vn.party.membership.admission.AdmissionFixture.step;
import static vn.party.membership.admission.AdmissionFixture.vote;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class AdmissionApiTest {

    private AdmissionFixture tree;
    private String secretary;

    @BeforeEach
    void tree() {
        tree = new AdmissionFixture();
        secretary = TestTokens.secretary(tree.grassroots);
    }

    @Test
    void aCandidateWalksThePipelineToAProbationaryThenOfficialMember() {
        UUID id = tree.candidate(secretary, "Hoàng Văn Kết", "1995-08-20");
        tree.throughDossier(secretary, id, "2025-03-03", "2025-03-10", "2025-03-20");
        step(secretary, id, "cell-vote", vote("2025-04-01", 9, 6)).statusCode(200).body("stage", equalTo("CELL_VOTED"));
        step(secretary, id, "committee-vote", vote("2025-04-10", 9, 6)).statusCode(200);
        step(secretary, id, "decision", Map.of("decisionNumber", "125-QĐ/ĐU", "decidedOn", "2025-05-15"))
                .statusCode(200).body("stage", equalTo("DECIDED"));
        String memberId = step(secretary, id, "ceremony", Map.of("ceremonyOn", "2025-06-02"))
                .statusCode(200)
                .body("stage", equalTo("ADMITTED"))
                .body("memberId", notNullValue())
                .body("history.stage", contains("CANDIDATE", "AWARENESS_CLASS_PASSED", "INTRODUCERS_ASSIGNED",
                        "DOSSIER_COMPLETE", "CELL_VOTED", "COMMITTEE_VOTED", "DECIDED", "ADMITTED"))
                .body("history[7].recordedBy", equalTo("secretary-" + tree.grassroots))
                .extract().path("memberId");

        given().auth().oauth2(TestTokens.blocAdmin()).when().get("/api/membership/members/" + memberId)
                .then().statusCode(200)
                .body("status", equalTo("PROBATIONARY"))
                .body("fullName", equalTo("Hoàng Văn Kết"))
                .body("organizationId", equalTo(tree.cell.toString()))
                .body("admissionDecisionDate", equalTo("2025-05-15"))
                .body("admissionDate", equalTo("2025-06-02"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get("/api/membership/members/" + memberId + "/status-changes")
                .then().statusCode(200).body("status", contains("PROBATIONARY"));
        // a year later the cell recognises them: official from the exact end of probation, not the vote's date
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("votedOn", "2026-06-10", "entitledVoters", 9, "votesFor", 8, "decisionRef", "301-QĐ/ĐU"))
                .when().post("/api/membership/members/" + memberId + "/recognition")
                .then().statusCode(200).body("status", equalTo("OFFICIAL")).body("officialDate", equalTo("2026-06-02"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get("/api/membership/members/" + memberId + "/status-changes")
                .then().statusCode(200).body("status", contains("PROBATIONARY", "OFFICIAL"))
                .body("effectiveOn", contains("2025-06-02", "2026-06-02"));
        // the candidate's record is closed: no step after admission
        step(secretary, id, "ceremony", Map.of("ceremonyOn", "2025-06-03")).statusCode(409)
                .body("errors.field", hasItem("admission.stage-order"));
        // every transition is audited, by whom and with the changed fields
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(CANDIDATES + "/" + id + "/audit").then().statusCode(200)
                .body("action", contains("CREATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE"))
                .body("actor", everyItem(equalTo("secretary-" + tree.grassroots)))
                .body("[7].changes.stage.before", equalTo("DECIDED"))
                .body("[7].changes.stage.after", equalTo("ADMITTED"))
                .body("[7].changes.memberId.after", equalTo(memberId));
        given().auth().oauth2(secretary).when().get(CANDIDATES + "/" + id + "/audit").then().statusCode(403);
    }

    @Test
    void theCellVoteChecksAgeInMonthsAndTheThresholdOverAllEntitledVoters() {
        // born 2007-05-01: 17 years 11 months at the cell's consideration on 2025-04-01
        UUID young = tree.candidate(secretary, "Lý Văn Trẻ", "2007-05-01");
        tree.throughDossier(secretary, young, "2025-03-03", "2025-03-10", "2025-03-20");
        step(secretary, young, "cell-vote", vote("2025-04-01", 9, 9)).statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("admission.age"));
        // a month later they are 18 years 0 months
        step(secretary, young, "cell-vote", vote("2025-05-01", 9, 6)).statusCode(200);

        UUID other = tree.candidate(secretary, "Lò Thị Phiếu", "1990-02-02");
        tree.throughDossier(secretary, other, "2025-03-03", "2025-03-10", "2025-03-20");
        step(secretary, other, "cell-vote", vote("2025-04-01", 9, 5)).statusCode(422)
                .body("errors.field", hasItem("admission.vote-threshold"));
        step(secretary, other, "cell-vote", vote("2025-04-01", 9, 6)).statusCode(200);
        step(secretary, other, "committee-vote", vote("2025-04-08", 15, 9)).statusCode(422)
                .body("errors.field", hasItem("admission.vote-threshold"));
    }

    @Test
    void introducersMustBeOfficialMembersOfTheCellWhoWorkedWithTheCandidateLongEnough() {
        UUID probationary = AdmissionFixture.member(tree.cell, "Phan Văn Dự", "2024-12-01", null);
        UUID outsider = AdmissionFixture.member(tree.otherCell, "Kiều Thị Ngoài", "2010-01-01", "2011-01-01");
        UUID id = tree.candidate(secretary, "Vi Văn Nạp", "1992-09-09");
        step(secretary, id, "awareness-class", Map.of("passedOn", "2025-03-03", "certificateNumber", "BD-1"))
                .statusCode(200);
        for (Map<String, Object> second : List.of(
                Map.<String, Object>of("memberId", probationary.toString(), "workedTogetherSince", "2020-01-01"),
                Map.<String, Object>of("memberId", outsider.toString(), "workedTogetherSince", "2020-01-01"),
                // 11 months with the candidate, the policy needs 12
                Map.<String, Object>of("memberId", tree.introducerB.toString(), "workedTogetherSince", "2024-04-11"),
                Map.<String, Object>of("memberId", tree.introducerA.toString(), "workedTogetherSince", "2020-01-01"))) {
            step(secretary, id, "introducers", Map.of("assignedOn", "2025-03-10", "introducers", List.of(
                    Map.of("memberId", tree.introducerA.toString(), "workedTogetherSince", "2020-01-01"), second)))
                    .statusCode(422).body("errors.field", hasItem("admission.introducers"));
        }
        step(secretary, id, "introducers", Map.of("assignedOn", "2025-03-10", "introducers",
                List.of(Map.of("memberId", tree.introducerA.toString(), "workedTogetherSince", "2020-01-01"))))
                .statusCode(400).body("errors.field", hasItem("introducers"));
        step(secretary, id, "introducers", tree.introducers("2025-03-10")).statusCode(200)
                .body("firstIntroducerId", equalTo(tree.introducerA.toString()));
    }

    /** Issue 11, point 4: an introducer id out of the caller's scope is refused without a word about that member. */
    @Test
    void anIntroducerOutOfScopeIsRefusedWithoutNamingOrDescribingThem() {
        UUID outsider = AdmissionFixture.member(tree.otherCell, "Kiều Thị Bí Mật", "2024-12-01", null);
        UUID id = tree.candidate(secretary, "Vi Văn Dò", "1992-09-09");
        step(secretary, id, "awareness-class", Map.of("passedOn", "2025-03-03", "certificateNumber", "BD-2"))
                .statusCode(200);
        List<String> details = new java.util.ArrayList<>();
        for (UUID probe : List.of(outsider, UUID.randomUUID())) {
            details.add(step(secretary, id, "introducers", Map.of("assignedOn", "2025-03-10", "introducers", List.of(
                    Map.of("memberId", tree.introducerA.toString(), "workedTogetherSince", "2020-01-01"),
                    Map.of("memberId", probe.toString(), "workedTogetherSince", "2020-01-01"))))
                    .statusCode(422).contentType("application/problem+json")
                    .body("errors.field", hasItem("admission.introducers"))
                    .body("errors.field", hasItem("introducers[1].memberId"))
                    .extract().<String>path("detail"));
        }
        // an existing member elsewhere and no member at all get the very same answer: no name, status or existence
        org.junit.jupiter.api.Assertions.assertEquals(details.get(0), details.get(1));
        org.junit.jupiter.api.Assertions.assertFalse(details.get(0).contains("Bí Mật"), details.get(0));
        org.junit.jupiter.api.Assertions.assertFalse(details.get(0).contains("PROBATIONARY"), details.get(0));
    }

    @Test
    void decisionAndCeremonyDeadlinesAreCountedInWorkingDays() {
        UUID id = tree.candidate(secretary, "Đàm Văn Hạn", "1991-01-01");
        tree.throughDossier(secretary, id, "2025-03-03", "2025-03-10", "2025-03-20");
        step(secretary, id, "cell-vote", vote("2025-04-10", 9, 6)).statusCode(200);
        step(secretary, id, "committee-vote", vote("2025-04-14", 9, 6)).statusCode(200);
        // counted from the cell's resolution (Thursday 2025-04-10), not the committee's vote: 60 working days, with
        // 30/4, 1/5, 2/5 off and Saturday 26/4 worked in exchange for 2/5, end on 2025-07-07
        step(secretary, id, "decision", Map.of("decisionNumber", "7-QĐ/ĐU", "decidedOn", "2025-07-08"))
                .statusCode(422).body("errors.field", hasItem("admission.decision-deadline"));
        step(secretary, id, "decision", Map.of("decisionNumber", "7-QĐ/ĐU", "decidedOn", "2025-07-07"))
                .statusCode(200);
        // 30 working days after Monday 2025-07-07: 2025-08-18 (no holiday in between)
        step(secretary, id, "ceremony", Map.of("ceremonyOn", "2025-08-19")).statusCode(422)
                .body("errors.field", hasItem("admission.ceremony-deadline"));
        step(secretary, id, "ceremony", Map.of("ceremonyOn", "2025-08-18")).statusCode(200)
                .body("stage", equalTo("ADMITTED"));
    }

    @Test
    void stagesGoInOrderAndDatesDoNotGoBack() {
        UUID id = tree.candidate(secretary, "Mạc Văn Thứ", "1993-03-03");
        step(secretary, id, "cell-vote", vote("2025-04-01", 9, 9)).statusCode(409)
                .contentType("application/problem+json").body("errors.field", hasItem("admission.stage-order"));
        step(secretary, id, "awareness-class", Map.of("passedOn", "2025-03-03", "certificateNumber", "BD-2"))
                .statusCode(200);
        step(secretary, id, "introducers", tree.introducers("2025-03-01")).statusCode(422)
                .body("errors.field", hasItem("admission.date-order"));
        step(secretary, id, "withdrawal", Map.of("on", "2025-03-05", "reason", "Chuyển công tác")).statusCode(200)
                .body("stage", equalTo("WITHDRAWN"));
        step(secretary, id, "introducers", tree.introducers("2025-03-10")).statusCode(409);
    }

    @Test
    void onlyBlocAdminAndSecretariesWithinScopeManageCandidates() {
        UUID id = tree.candidate(TestTokens.blocAdmin(), "Tạ Văn Quyền", "1994-04-04");
        String outsider = TestTokens.secretary(tree.otherCell);
        given().auth().oauth2(outsider).when().get(CANDIDATES + "/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        step(outsider, id, "awareness-class", Map.of("passedOn", "2025-03-03", "certificateNumber", "BD-3"))
                .statusCode(403);
        given().auth().oauth2(outsider).contentType(ContentType.JSON)
                .body(AdmissionFixture.candidateBody(tree.cell, "Tạ Văn Khác", "1994-04-04", AdmissionFixture.nationalId()))
                .when().post(CANDIDATES).then().statusCode(403);
        String member = TestTokens.member(tree.cell, tree.introducerA);
        given().auth().oauth2(member).when().get(CANDIDATES + "/" + id).then().statusCode(403);
        step(member, id, "awareness-class", Map.of("passedOn", "2025-03-03", "certificateNumber", "BD-3"))
                .statusCode(403);
        given().when().get(CANDIDATES + "/" + id).then().statusCode(401);
        given().auth().oauth2(TestTokens.inspector(tree.bloc)).when().get(CANDIDATES + "/" + id).then().statusCode(403);

        given().auth().oauth2(secretary).when().get(CANDIDATES + "/" + id).then().statusCode(200)
                .body("nationalId", org.hamcrest.Matchers.containsString("******"));
        given().auth().oauth2(secretary).when().get(CANDIDATES + "?organizationId=" + tree.cell).then().statusCode(200)
                .body("id", contains(id.toString()));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get("/api/membership/organizations/" + tree.cell)
                .then().statusCode(200);
    }

    @Test
    void badInputIsA400NamingTheField() {
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(AdmissionFixture.candidateBody(tree.cell, "Hà Văn Số", "1994-04-04", "12345"))
                .when().post(CANDIDATES).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("profile.nationalId"));
        UUID id = tree.candidate(secretary, "Hà Văn Đúng", "1994-04-04");
        step(secretary, id, "awareness-class", Map.of("certificateNumber", "BD-4")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("passedOn"));
        step(secretary, id, "awareness-class", Map.of("passedOn", "2999-01-01", "certificateNumber", "BD-4"))
                .statusCode(400).body("errors.field", hasItem("passedOn"));
        step(secretary, id, "awareness-class", Map.of("passedOn", "2025-03-03", "certificateNumber", "BD-4"))
                .statusCode(200);
    }
}
