package vn.party.membership.restructuring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.party.membership.restructuring.OpenRecordsFixture.ORGANIZATIONS;
import static vn.party.membership.restructuring.OpenRecordsFixture.version;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.contracts.figures.FigureShapes;
import vn.party.contracts.figures.MembershipFigures;
import vn.party.membership.leaving.LeavingTestSupport;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * The statistics answer says which date the tree was taken on and how many organizations the subtree counted: on
 * 31 December after a 30 June merge, the merged organization counts with its successor (as the replicas count it).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class StatisticsAsOfTest {

    @Inject
    OpenRecordsFixture fixture;

    @Test
    void theSubtreeOfTheReportDateIsEchoedWithItsSize() throws Exception {
        UUID bloc = fixture.organization("DBK", "BLOC_COMMITTEE", null);
        UUID committee = fixture.organization("GTVT", "GRASSROOTS_COMMITTEE", bloc);
        UUID cellA = fixture.organization("A", "SUBORDINATE_CELL", committee);
        fixture.organization("B", "SUBORDINATE_CELL", committee);
        UUID other = fixture.organization("C", "SUBORDINATE_CELL", committee);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("targetId", other, "effectiveOn", "2022-06-30", "version", version(cellA)))
                .when().post(ORGANIZATIONS + "/" + cellA + "/merge").then().statusCode(200);

        statistics(committee, "asOf=2022-06-29").statusCode(200)
                .body("asOf", equalTo("2022-06-29")).body("organizations", equalTo(4));
        // A has ceased; it still counts, with C (its records are C's now)
        statistics(committee, "asOf=2022-12-31&admittedFrom=2022-01-01&admittedTo=2022-12-31").statusCode(200)
                .body("asOf", equalTo("2022-12-31")).body("organizations", equalTo(4))
                .body("organizationsByType.SUBORDINATE_CELL", equalTo(2));
        // producer side of the figures contract: the answer has the example's shape
        JsonNode answer = new ObjectMapper().readTree(statistics(committee, "asOf=2022-12-31").statusCode(200)
                .extract().asString());
        assertEquals(List.of(), FigureShapes.differences(MembershipFigures.class, answer));
        statistics(committee, "asOf=2021-12-31&admittedFrom=2022-01-01&admittedTo=2022-12-31")
                .statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("asOf"));
        statistics(committee, "asOf=31.12.2022")
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("asOf"));
    }

    /**
     * Admissions count by the tree on asOf like every other figure, not by today's: a member admitted on 10 March into
     * cell A1 of committee A, which is merged into B on 1 September (A1 moves under B), is A's admission as of 30 June
     * and B's (with A as its predecessor) as of 31 December, never both.
     */
    @Test
    void anAdmissionCountsUnderTheTreeOfAsOfAfterAMergeThatFollows() {
        UUID bloc = fixture.organization("DBK", "BLOC_COMMITTEE", null);
        UUID committeeA = fixture.organization("A", "GRASSROOTS_COMMITTEE", bloc);
        UUID cellA1 = fixture.organization("A1", "SUBORDINATE_CELL", committeeA);
        UUID committeeB = fixture.organization("B", "GRASSROOTS_COMMITTEE", bloc);
        fixture.organization("B1", "SUBORDINATE_CELL", committeeB);
        LeavingTestSupport.member(cellA1, "Lý Thị Mới", "2022-03-10", null);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("targetId", committeeB, "effectiveOn", "2022-09-01", "version", version(committeeA)))
                .when().post(ORGANIZATIONS + "/" + committeeA + "/merge").then().statusCode(200);
        String year = "&admittedFrom=2022-01-01&admittedTo=2022-12-31";

        // on 30 June A1 was A's: the admission is A's, not B's (today's tree has A1 under B)
        statistics(committeeA, "asOf=2022-06-30" + year).statusCode(200).body("admissions.count", equalTo(1));
        statistics(committeeB, "asOf=2022-06-30" + year).statusCode(200).body("admissions.count", equalTo(0));
        // on 31 December A1 is B's and A counts with B: the admission is B's
        statistics(committeeB, "asOf=2022-12-31" + year).statusCode(200).body("admissions.count", equalTo(1));
        statistics(committeeA, "asOf=2022-12-31" + year).statusCode(200).body("admissions.count", equalTo(0));
        // the bloc counts it once either way
        for (String asOf : new String[] {"2022-06-30", "2022-12-31"}) {
            statistics(bloc, "asOf=" + asOf + year).statusCode(200).body("admissions.count", equalTo(1));
        }
    }

    private static io.restassured.response.ValidatableResponse statistics(UUID organization, String query) {
        return given().auth().oauth2(TestTokens.blocAdmin())
                .when().get(ORGANIZATIONS + "/" + organization + "/statistics?" + query).then();
    }
}
