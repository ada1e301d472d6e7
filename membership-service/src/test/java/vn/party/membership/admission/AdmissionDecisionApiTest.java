package vn.party.membership.admission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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

/** The admission decision: its deadline's extension by the deciding level, and the chi bộ cơ sở without a committee vote. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class AdmissionDecisionApiTest {

    private AdmissionFixture tree;
    private String secretary;

    @BeforeEach
    void tree() {
        tree = new AdmissionFixture();
        secretary = TestTokens.secretary(tree.grassroots);
    }

    private static Map<String, Object> extension(String grantedOn, int workingDays, String reason) {
        return Map.of("grantedOn", grantedOn, "workingDays", workingDays, "reason", reason);
    }

    @Test
    void theDecidingCommitteeExtendsTheDecisionDeadlineOnceWithAReason() {
        UUID id = tree.candidate(secretary, "Lò Văn Gia", "1992-02-02");
        tree.throughDossier(secretary, id, "2025-03-03", "2025-03-10", "2025-03-20");
        step(secretary, id, "cell-vote", vote("2025-04-10", 9, 7)).statusCode(200);
        step(secretary, id, "committee-vote", vote("2025-04-14", 9, 7)).statusCode(200);

        // the cell is not the deciding level
        step(TestTokens.secretary(tree.cell), id, "decision-extension",
                extension("2025-07-01", 20, "Chờ thẩm tra lý lịch")).statusCode(403);
        // a reason is required; at most the policy's 30 working days; not before the cell's resolution
        step(secretary, id, "decision-extension", Map.of("grantedOn", "2025-07-01", "workingDays", 20))
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("reason"));
        step(secretary, id, "decision-extension", extension("2025-07-01", 31, "Chờ thẩm tra lý lịch"))
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("admission.decision-extension"));
        step(secretary, id, "decision-extension", extension("2025-04-09", 20, "Chờ thẩm tra lý lịch"))
                .statusCode(400).body("errors.field", hasItem("grantedOn"));
        // after the deadline (7/7/2025) it is too late to extend
        step(secretary, id, "decision-extension", extension("2025-07-08", 20, "Chờ thẩm tra lý lịch"))
                .statusCode(422).body("errors.field", hasItem("admission.decision-extension"));

        step(secretary, id, "decision-extension", extension("2025-07-01", 20, "Chờ thẩm tra lý lịch ở địa phương"))
                .statusCode(200).body("stage", equalTo("COMMITTEE_VOTED"));
        step(secretary, id, "decision-extension", extension("2025-07-02", 5, "Lần hai"))
                .statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(CANDIDATES + "/" + id + "/audit").then()
                .statusCode(200)
                .body("find { it.changes.decisionExtensionReason?.after != null }.changes.decisionExtensionReason.after",
                        equalTo("Chờ thẩm tra lý lịch ở địa phương"))
                .body("find { it.changes.decisionExtensionReason?.after != null }.changes.decisionExtendedBy.after",
                        equalTo(tree.grassroots.toString()));

        // 60 + 20 working days from the cell's resolution (10/4/2025): 2025-08-04
        given().auth().oauth2(secretary).queryParam("asOf", "2025-07-20")
                .when().get("/api/membership/organizations/" + tree.grassroots + "/deadlines").then().statusCode(200)
                .body("findAll { it.kind == 'ADMISSION_DECISION' }.dueDate", contains("2025-08-04"));
        step(secretary, id, "decision", Map.of("decisionNumber", "9-QĐ/ĐU", "decidedOn", "2025-08-05"))
                .statusCode(422).body("errors.field", hasItem("admission.decision-deadline"));
        step(secretary, id, "decision", Map.of("decisionNumber", "9-QĐ/ĐU", "decidedOn", "2025-08-04"))
                .statusCode(200).body("stage", equalTo("DECIDED"));
        step(secretary, id, "decision-extension", extension("2025-08-04", 5, "Sau quyết định"))
                .statusCode(409);
    }

    @Test
    void aGrassrootsCellHasNoCommitteeVoteBetweenItsResolutionAndTheDecision() {
        UUID cell = tree.otherCell; // a chi bộ cơ sở directly under the bloc
        UUID introducerA = AdmissionFixture.member(cell, "Vi Văn Một", "2010-01-01", "2011-01-01");
        UUID introducerB = AdmissionFixture.member(cell, "Vi Thị Hai", "2011-01-01", "2012-01-01");
        String cellSecretary = TestTokens.secretary(cell);
        UUID id = UUID.fromString(given().auth().oauth2(cellSecretary).contentType(ContentType.JSON)
                .body(AdmissionFixture.candidateBody(cell, "Vi Văn Ba", "1994-04-04", AdmissionFixture.nationalId()))
                .when().post(CANDIDATES).then().statusCode(201).extract().path("id"));
        step(cellSecretary, id, "awareness-class", Map.of("passedOn", "2025-03-03", "certificateNumber", "BD-9"))
                .statusCode(200);
        step(cellSecretary, id, "introducers", Map.of("assignedOn", "2025-03-10", "introducers", List.of(
                Map.of("memberId", introducerA.toString(), "workedTogetherSince", "2020-01-01"),
                Map.of("memberId", introducerB.toString(), "workedTogetherSince", "2020-01-01")))).statusCode(200);
        step(cellSecretary, id, "dossier", Map.of("completedOn", "2025-03-20")).statusCode(200);
        step(cellSecretary, id, "cell-vote", vote("2025-04-10", 3, 3)).statusCode(200);

        step(cellSecretary, id, "committee-vote", vote("2025-04-14", 3, 3)).statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("admission.no-committee-vote"));
        // the deciding level is the committee above the chi bộ cơ sở: the cell's own secretary may not extend
        step(cellSecretary, id, "decision-extension", extension("2025-06-02", 10, "Chờ ý kiến cấp trên"))
                .statusCode(403);
        step(TestTokens.blocAdmin(), id, "decision-extension", extension("2025-06-02", 10, "Chờ ý kiến cấp trên"))
                .statusCode(200);
        step(TestTokens.blocAdmin(), id, "decision", Map.of("decisionNumber", "31-QĐ/ĐUK", "decidedOn", "2025-07-18"))
                .statusCode(200).body("stage", equalTo("DECIDED"))
                .body("history.stage", contains("CANDIDATE", "AWARENESS_CLASS_PASSED", "INTRODUCERS_ASSIGNED",
                        "DOSSIER_COMPLETE", "CELL_VOTED", "DECIDED"));
    }
}
