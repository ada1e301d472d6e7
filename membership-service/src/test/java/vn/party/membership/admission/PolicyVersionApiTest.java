package vn.party.membership.admission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.party.membership.admission.AdmissionFixture.step;
import static vn.party.membership.admission.AdmissionFixture.vote;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/** A new policy version changes the decisions dated on or after its effective date, not those before. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class PolicyVersionApiTest {

    @Test
    void aStricterCellThresholdAppliesOnlyToVotesFromItsEffectiveDate() {
        Map<String, Object> threeQuarters = new HashMap<>();
        threeQuarters.put("effectiveFrom", "2025-09-01");
        threeQuarters.put("reference", "Quy định thử nghiệm: chi bộ 3/4");
        // a looser minimum age (17 years) only, so that other tests sharing the database cannot start failing
        threeQuarters.put("minAdmissionAgeMonths", 204);
        threeQuarters.put("maxAdmissionAgeMonths", 720);
        threeQuarters.put("probationMonths", 12);
        threeQuarters.put("introducerMinMonths", 12);
        threeQuarters.put("decisionDeadlineWorkingDays", 60);
        threeQuarters.put("ceremonyDeadlineWorkingDays", 30);
        threeQuarters.put("probationReviewWorkingDays", 30);
        threeQuarters.put("cellVoteNumerator", 3);
        threeQuarters.put("cellVoteDenominator", 4);
        threeQuarters.put("committeeVoteNumerator", 2);
        threeQuarters.put("committeeVoteDenominator", 3);
        threeQuarters.put("failedProbationVotesBeforeEscalation", 3);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(threeQuarters)
                .when().post("/api/membership/policies").then().statusCode(201)
                .body("cellVoteThreshold.numerator", equalTo(3));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(threeQuarters)
                .when().post("/api/membership/policies").then().statusCode(422)
                .body("errors.field", hasItem("policy.effective-from"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get("/api/membership/policies/on/2025-08-31")
                .then().body("cellVoteThreshold.numerator", equalTo(2));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get("/api/membership/policies/on/2025-09-01")
                .then().body("cellVoteThreshold.numerator", equalTo(3));

        AdmissionFixture tree = new AdmissionFixture();
        String secretary = TestTokens.secretary(tree.grassroots);
        // voted the Friday before: 6 of 9 reach 2/3
        UUID before = tree.candidate(secretary, "Ông Văn Trước", "1990-10-10");
        tree.throughDossier(secretary, before, "2025-07-01", "2025-07-02", "2025-07-03");
        step(secretary, before, "cell-vote", vote("2025-08-29", 9, 6)).statusCode(200);
        // voted after: 6 of 9 do not reach 3/4, 7 of 9 do
        UUID after = tree.candidate(secretary, "Ông Văn Sau", "1990-10-10");
        tree.throughDossier(secretary, after, "2025-07-01", "2025-07-02", "2025-07-03");
        step(secretary, after, "cell-vote", vote("2025-09-03", 9, 6)).statusCode(422)
                .body("errors.field", hasItem("admission.vote-threshold"));
        step(secretary, after, "cell-vote", vote("2025-09-03", 9, 7)).statusCode(200);

        // the member register checks the age against the version in force on the admission date
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(registration(tree.cell, "2008-02-15", "2025-08-29"))
                .when().post("/api/membership/members").then().statusCode(422)
                .body("errors.field", hasItem("member.admission-age"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(registration(tree.cell, "2008-02-15", "2025-09-01"))
                .when().post("/api/membership/members").then().statusCode(201)
                .body("status", equalTo("PROBATIONARY"));
    }

    private static Map<String, Object> registration(UUID organization, String dateOfBirth, String admissionDate) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("fullName", "Đoàn Văn Trẻ");
        profile.put("gender", "MALE");
        profile.put("dateOfBirth", dateOfBirth);
        profile.put("ethnicity", "Kinh");
        profile.put("nationalId", AdmissionFixture.nationalId());
        profile.put("admissionDecisionDate", admissionDate);
        profile.put("admissionDate", admissionDate);
        return Map.of("organizationId", organization.toString(), "profile", profile);
    }
}
