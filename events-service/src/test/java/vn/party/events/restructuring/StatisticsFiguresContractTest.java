package vn.party.events.restructuring;

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

import vn.party.contracts.figures.CommendationFigures;
import vn.party.contracts.figures.EventsFigures;
import vn.party.contracts.figures.FigureShapes;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/** Producer side of the figures contract (events and commendations), and the asOf parameter. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
class StatisticsFiguresContractTest {

    @Test
    void bothAnswersHaveTheExampleShapeAndEchoAsOf() throws Exception {
        UUID root = UUID.randomUUID();
        FakeMembershipTree.place(root, null);
        for (var source : List.of(new Object[] {"/api/events/statistics", EventsFigures.class},
                new Object[] {"/api/events/commendations/statistics", CommendationFigures.class})) {
            String path = (String) source[0];
            String body = given().auth().oauth2(TestTokens.blocAdmin())
                    .when().get(path + "?organizationId=" + root + "&year=2025")
                    .then().statusCode(200).body("asOf", equalTo("2025-12-31")).extract().asString();
            JsonNode answer = new ObjectMapper().readTree(body);
            assertEquals(List.of(), FigureShapes.differences((Class<?>) source[1], answer), path);
            given().auth().oauth2(TestTokens.blocAdmin())
                    .when().get(path + "?organizationId=" + root + "&year=2025&asOf=2024-06-30")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors.field", hasItem("asOf"));
            given().auth().oauth2(TestTokens.blocAdmin())
                    .when().get(path + "?organizationId=" + root + "&year=2025&asOf=2025-13-01")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("asOf"));
        }
    }
}
