package vn.party.membership.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

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

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class PolicyApiTest {

    private static final String POLICIES = "/api/membership/policies";

    @Test
    void the2025RulesAreSeededAndPickedByDate() {
        String secretary = TestTokens.secretary(UUID.randomUUID());
        given().auth().oauth2(secretary).when().get(POLICIES).then().statusCode(200)
                .body("effectiveFrom", hasItems("1930-02-03", "2025-01-01"));
        given().auth().oauth2(TestTokens.inspector(UUID.randomUUID())).when().get(POLICIES + "/on/2025-06-30")
                .then().statusCode(200)
                .body("effectiveFrom", equalTo("2025-01-01"))
                .body("minAdmissionAgeMonths", equalTo(216))
                .body("maxAdmissionAgeMonths", equalTo(720))
                .body("probationMonths", equalTo(12))
                .body("introducerMinMonths", equalTo(12))
                .body("decisionDeadlineWorkingDays", equalTo(60))
                .body("ceremonyDeadlineWorkingDays", equalTo(30))
                .body("probationReviewWorkingDays", equalTo(30))
                .body("cellVoteThreshold.numerator", equalTo(2))
                .body("cellVoteThreshold.denominator", equalTo(3))
                .body("failedProbationVotesBeforeEscalation", equalTo(3));
        given().auth().oauth2(secretary).when().get(POLICIES + "/on/2024-12-31").then().statusCode(200)
                .body("effectiveFrom", equalTo("1930-02-03"));
        given().auth().oauth2(secretary).when().get(POLICIES + "/on/1900-01-01").then().statusCode(422)
                .body("errors.field", hasItem("policy.in-force"));
        given().auth().oauth2(secretary).when().get(POLICIES + "/on/not-a-date").then().statusCode(404);
        given().auth().oauth2(TestTokens.member(UUID.randomUUID(), UUID.randomUUID())).when().get(POLICIES)
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get(POLICIES).then().statusCode(401);
    }

    @Test
    void onlyTheBlocOfficeAddsVersionsAndOnlyAfterTheLatest() {
        given().auth().oauth2(TestTokens.secretary(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(version("2030-01-01", 3, 4)).when().post(POLICIES).then().statusCode(403);
        Map<String, Object> missing = version("2030-01-01", 3, 4);
        missing.remove("reference");
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(missing)
                .when().post(POLICIES).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reference"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(version("2025-01-01", 3, 4))
                .when().post(POLICIES).then().statusCode(422).body("errors.field", hasItem("policy.effective-from"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(version("2030-01-01", 4, 3))
                .when().post(POLICIES).then().statusCode(400).body("errors.field", hasItem("cellVoteNumerator"));
    }

    static Map<String, Object> version(String effectiveFrom, int cellNumerator, int cellDenominator) {
        Map<String, Object> body = new HashMap<>();
        body.put("effectiveFrom", effectiveFrom);
        body.put("reference", "Quy định thử nghiệm " + effectiveFrom);
        body.put("minAdmissionAgeMonths", 216);
        body.put("maxAdmissionAgeMonths", 720);
        body.put("probationMonths", 12);
        body.put("introducerMinMonths", 12);
        body.put("decisionDeadlineWorkingDays", 60);
        body.put("ceremonyDeadlineWorkingDays", 30);
        body.put("probationReviewWorkingDays", 30);
        body.put("cellVoteNumerator", cellNumerator);
        body.put("cellVoteDenominator", cellDenominator);
        body.put("committeeVoteNumerator", 2);
        body.put("committeeVoteDenominator", 3);
        body.put("failedProbationVotesBeforeEscalation", 3);
        return body;
    }
}
