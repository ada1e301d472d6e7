package vn.party.membership.restructuring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.party.membership.restructuring.OpenRecordsFixture.ORGANIZATIONS;
import static vn.party.membership.restructuring.OpenRecordsFixture.version;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * A merge moves open candidates and transfers to the successor; a split, or a dissolution without receiver, lists them
 * for the bloc office.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class OpenRecordsFollowRestructuringTest {

    static final String PENDING = "/api/membership/restructuring/pending-assignments";

    @Inject
    OpenRecordsFixture fixture;

    private UUID committee;
    private UUID cellA;
    private UUID cellB;
    private UUID other;

    @BeforeEach
    void tree() {
        UUID bloc = fixture.organization("DBK", "BLOC_COMMITTEE", null);
        committee = fixture.organization("GTVT", "GRASSROOTS_COMMITTEE", bloc);
        cellA = fixture.organization("A", "SUBORDINATE_CELL", committee);
        cellB = fixture.organization("B", "SUBORDINATE_CELL", committee);
        other = fixture.organization("TP", "GRASSROOTS_CELL", bloc);
    }

    @Test
    void mergeMovesOpenCandidatesAndEitherSideOfOpenTransfers() {
        UUID open = fixture.candidate(cellA, "DOSSIER_COMPLETE");
        UUID admitted = fixture.candidate(cellA, "ADMITTED");
        UUID incoming = fixture.transfer(null, cellA, "IN_PROGRESS");
        UUID outgoing = fixture.transfer(cellA, other, "IN_PROGRESS");
        UUID received = fixture.transfer(other, cellA, "RECEIVED");

        merge(cellA, cellB);

        assertEquals(cellB, fixture.organizationOf("candidate", "organization_id", open));
        assertEquals(cellA, fixture.organizationOf("candidate", "organization_id", admitted), "closed: stays");
        assertEquals(cellB, fixture.organizationOf("member_transfer", "to_organization_id", incoming));
        assertEquals(cellB, fixture.organizationOf("member_transfer", "from_organization_id", outgoing));
        assertEquals(other, fixture.organizationOf("member_transfer", "to_organization_id", outgoing));
        assertEquals(cellA, fixture.organizationOf("member_transfer", "to_organization_id", received), "closed: stays");

        List<String> history = fixture.history("candidate", open, "RESTRUCTURE_MOVE");
        assertEquals(1, history.size());
        assertTrue(history.get(0).contains("\"organizationId\": {\"after\": \"" + cellB + "\", \"before\": \"" + cellA
                + "\"}"), history.get(0));
        assertTrue(history.get(0).contains("\"kind\": \"MERGE\""), history.get(0));
        assertTrue(fixture.history("transfer", outgoing, "RESTRUCTURE_MOVE").get(0).contains("fromOrganizationId"));
        assertEquals(List.of(), fixture.history("candidate", admitted, "RESTRUCTURE_MOVE"));
    }

    @Test
    void splitListsOpenRecordsAndTheBlocOfficeAssignsThemToASuccessor() {
        UUID open = fixture.candidate(cellA, "CANDIDATE");
        UUID transfer = fixture.transfer(null, cellA, "IN_PROGRESS");

        List<String> successors = given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("effectiveOn", "2022-03-01", "version", version(cellA), "successors", List.of(
                        Map.of("code", "A1-" + UUID.randomUUID().toString().substring(0, 8), "name", "Chi bộ A1",
                                "type", "SUBORDINATE_CELL"),
                        Map.of("code", "A2-" + UUID.randomUUID().toString().substring(0, 8), "name", "Chi bộ A2",
                                "type", "SUBORDINATE_CELL"))))
                .when().post(ORGANIZATIONS + "/" + cellA + "/split")
                .then().statusCode(200).extract().path("successors.id");
        UUID first = UUID.fromString(successors.get(0));

        assertEquals(cellA, fixture.organizationOf("candidate", "organization_id", open), "waits for the bloc office");
        assertEquals(1, fixture.history("candidate", open, "RESTRUCTURE_PENDING").size());
        String pendingId = given().auth().oauth2(TestTokens.blocAdmin()).when().get(PENDING)
                .then().statusCode(200)
                .body("findAll { it.predecessorId == '" + cellA + "' }.recordId",
                        containsInAnyOrder(open.toString(), transfer.toString()))
                .body("find { it.recordId == '" + open + "' }.recordKind", equalTo("CANDIDATE"))
                .body("find { it.recordId == '" + open + "' }.successionKind", equalTo("SPLIT"))
                .body("find { it.recordId == '" + open + "' }.successorIds", containsInAnyOrder(successors.toArray()))
                .extract().path("find { it.recordId == '" + open + "' }.id");

        given().auth().oauth2(TestTokens.secretary(committee)).when().get(PENDING).then().statusCode(403);
        assign(TestTokens.secretary(committee), pendingId, first).statusCode(403);
        assign(TestTokens.blocAdmin(), pendingId, cellB)
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("organizationId"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(Map.of())
                .when().post(PENDING + "/" + pendingId + "/assign")
                .then().statusCode(400).body("errors.field", hasItem(containsString("organizationId")));
        assertEquals(cellA, fixture.organizationOf("candidate", "organization_id", open));

        assign(TestTokens.blocAdmin(), pendingId, first)
                .statusCode(200)
                .body("assignedTo", equalTo(first.toString()))
                .body("assignedBy", equalTo("admin"));
        assertEquals(first, fixture.organizationOf("candidate", "organization_id", open));
        assertTrue(fixture.history("candidate", open, "RESTRUCTURE_MOVE").get(0).contains(pendingId));
        assign(TestTokens.blocAdmin(), pendingId, first).statusCode(409);
        assign(TestTokens.blocAdmin(), UUID.randomUUID().toString(), first).statusCode(404);
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(PENDING)
                .then().statusCode(200).body("recordId", not(hasItem(open.toString())))
                .body("recordId", hasItem(transfer.toString()));
    }

    @Test
    void dissolveWithAReceiverMovesOpenRecordsThere() {
        UUID open = fixture.candidate(cellA, "CELL_VOTED");
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("transferToId", cellB, "effectiveOn", "2022-03-01", "version", version(cellA)))
                .when().post(ORGANIZATIONS + "/" + cellA + "/dissolve").then().statusCode(200);
        assertEquals(cellB, fixture.organizationOf("candidate", "organization_id", open));
        assertTrue(fixture.history("candidate", open, "RESTRUCTURE_MOVE").get(0).contains("DISSOLVE"));
    }

    @Test
    void dissolveWithoutReceiverListsOpenRecordsForAnyActiveOrganization() {
        UUID open = fixture.candidate(cellA, "CELL_VOTED");
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("effectiveOn", "2022-03-01", "version", version(cellA)))
                .when().post(ORGANIZATIONS + "/" + cellA + "/dissolve").then().statusCode(200);

        assertEquals(cellA, fixture.organizationOf("candidate", "organization_id", open), "waits for the bloc office");
        assertEquals(1, fixture.history("candidate", open, "RESTRUCTURE_PENDING").size());
        String pendingId = given().auth().oauth2(TestTokens.blocAdmin()).when().get(PENDING)
                .then().statusCode(200)
                .body("find { it.recordId == '" + open + "' }.successionKind", equalTo("DISSOLVE"))
                .body("find { it.recordId == '" + open + "' }.successorIds.size()", equalTo(0))
                .extract().path("find { it.recordId == '" + open + "' }.id");

        assign(TestTokens.blocAdmin(), pendingId, cellA)
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("organizationId"));
        assign(TestTokens.blocAdmin(), pendingId, UUID.randomUUID())
                .statusCode(422).body("errors.field", hasItem("organizationId"));
        assertEquals(cellA, fixture.organizationOf("candidate", "organization_id", open));

        assign(TestTokens.blocAdmin(), pendingId, other).statusCode(200).body("assignedTo", equalTo(other.toString()));
        assertEquals(other, fixture.organizationOf("candidate", "organization_id", open));
        assertTrue(fixture.history("candidate", open, "RESTRUCTURE_MOVE").get(0).contains("DISSOLVE"));
    }

    private void merge(UUID from, UUID into) {
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("targetId", into, "effectiveOn", "2022-01-01", "version", version(from)))
                .when().post(ORGANIZATIONS + "/" + from + "/merge").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse assign(String token, String id, UUID organization) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("organizationId", organization))
                .when().post(PENDING + "/" + id + "/assign").then();
    }
}
