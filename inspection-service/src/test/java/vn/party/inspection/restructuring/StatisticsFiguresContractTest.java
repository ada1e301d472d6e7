package vn.party.inspection.restructuring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.contracts.figures.FigureShapes;
import vn.party.contracts.figures.InspectionFigures;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/** Producer side of the figures contract, and the asOf parameter: default, echo, refusals naming it. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
class StatisticsFiguresContractTest {

    static final String STATISTICS = "/api/inspection/statistics";

    @Test
    void theAnswerHasTheExampleShapeAndEchoesAsOf() throws Exception {
        UUID root = UUID.randomUUID();
        FakeMembershipTree.place(root, null);
        String body = given().auth().oauth2(TestTokens.blocAdmin())
                .when().get(STATISTICS + "?organizationId=" + root + "&year=2025")
                .then().statusCode(200).body("asOf", equalTo("2025-12-31")).extract().asString();
        JsonNode answer = new ObjectMapper().readTree(body);
        assertEquals(List.of(), FigureShapes.differences(InspectionFigures.class, answer));

        given().auth().oauth2(TestTokens.blocAdmin())
                .when().get(STATISTICS + "?organizationId=" + root + "&year=2025&asOf=2026-03-31")
                .then().statusCode(200).body("asOf", equalTo("2026-03-31"));
        given().auth().oauth2(TestTokens.blocAdmin())
                .when().get(STATISTICS + "?organizationId=" + root + "&year=2025&asOf=2024-12-31")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("asOf"));
        given().auth().oauth2(TestTokens.blocAdmin())
                .when().get(STATISTICS + "?organizationId=" + root + "&year=2025&asOf=tomorrow")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("asOf"));
    }
}
