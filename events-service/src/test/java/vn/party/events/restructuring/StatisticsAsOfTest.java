package vn.party.events.restructuring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * A year with a 30 June merge: on 31 December the merged cell's tasks count with its successor's region (and no
 * longer with its own); counted on 29 June they are still its region's. The answer says which tree it counted.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
class StatisticsAsOfTest {

    @Inject
    TaskRecordsFixture tasks;

    @Test
    void aMidYearMergeCountsTheMergedCellWithItsSuccessorOnTheReportDate() {
        UUID bloc = UUID.randomUUID();
        UUID regionA = UUID.randomUUID();
        UUID regionB = UUID.randomUUID();
        UUID cellX = UUID.randomUUID();
        UUID cellY = UUID.randomUUID();
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(regionA, bloc);
        FakeMembershipTree.place(regionB, bloc);
        FakeMembershipTree.place(cellX, regionA);
        FakeMembershipTree.place(cellY, regionB);
        FakeMembershipTree.succeed(cellX, cellY, "MERGE", LocalDate.of(2022, 6, 30));
        // done and closed in X (stays with it), and one led by Y; both issued 1 March 2022
        tasks.task(bloc, cellX, List.of(), true);
        tasks.task(bloc, cellY, List.of(), false);

        statistics(regionB, "").body("asOf", equalTo("2022-12-31")).body("organizations", equalTo(3))
                .body("tasks.assigned", equalTo(2)).body("tasks.done", equalTo(1));
        statistics(regionA, "").body("organizations", equalTo(1)).body("tasks.assigned", equalTo(0));
        statistics(regionA, "&asOf=2022-06-29").body("asOf", equalTo("2022-06-29"))
                .body("organizations", equalTo(2)).body("tasks.assigned", equalTo(1));
    }

    private static ValidatableResponse statistics(UUID organization, String asOf) {
        return given().auth().oauth2(TestTokens.blocAdmin())
                .when().get("/api/events/statistics?organizationId=" + organization + "&year=2022" + asOf)
                .then().statusCode(200);
    }
}
