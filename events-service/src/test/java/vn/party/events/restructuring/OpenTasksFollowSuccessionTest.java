package vn.party.events.restructuring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.party.replica.OrganizationSucceeded;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * The replica's OrganizationSucceeded moves the predecessor's open follow-up tasks (lead, issuer, coordinator) with a
 * history entry, leaves closed ones, is a no-op when replayed, and after a split or a dissolution without receiver
 * lists them for the bloc office.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
class OpenTasksFollowSuccessionTest {

    static final String PENDING = "/api/events/restructuring/pending-assignments";
    static final LocalDate DAY = LocalDate.of(2022, 6, 30);

    @Inject
    Event<OrganizationSucceeded> succeeded;

    @Inject
    TaskRecordsFixture tasks;

    private UUID bloc;
    private UUID closing;
    private UUID successor;
    private UUID second;

    @BeforeEach
    void tree() {
        bloc = UUID.randomUUID();
        closing = UUID.randomUUID();
        successor = UUID.randomUUID();
        second = UUID.randomUUID();
        FakeMembershipTree.place(bloc, null);
        for (UUID organization : List.of(closing, successor, second)) {
            FakeMembershipTree.place(organization, bloc);
        }
    }

    @Test
    void aMergeMovesOpenTasksOnceAndLeavesClosedOnes() {
        UUID led = tasks.task(bloc, closing, List.of(), false);
        UUID issued = tasks.task(closing, bloc, List.of(closing, second), false);
        UUID closed = tasks.task(bloc, closing, List.of(), true);

        fire(List.of(successor), "MERGE");

        assertEquals(successor, tasks.column("lead_organization_id", led));
        assertEquals(successor, tasks.column("issuer_id", issued));
        assertEquals(bloc, tasks.column("lead_organization_id", issued));
        assertEquals(new TreeSet<>(Set.of(successor, second)), tasks.coordinators(issued));
        assertEquals(closing, tasks.column("lead_organization_id", closed), "closed: stays");

        List<String> history = tasks.history(led, "RESTRUCTURE_MOVE");
        assertEquals(1, history.size());
        assertTrue(history.get(0).startsWith("organization-feed "), history.get(0));
        assertTrue(history.get(0).contains("\"leadOrganizationId\": {\"after\": \"" + successor + "\", \"before\": \""
                + closing + "\"}"), history.get(0));
        assertTrue(tasks.history(issued, "RESTRUCTURE_MOVE").get(0).contains("coordinatorOrganizationId"));
        assertEquals(List.of(), tasks.history(closed, "RESTRUCTURE_MOVE"));

        given().auth().oauth2(TestTokens.blocAdmin()).when().get("/api/events/history/follow-up-task/" + led)
                .then().statusCode(200)
                .body("find { it.action == 'RESTRUCTURE_MOVE' }.changes.leadOrganizationId.after",
                        equalTo(successor.toString()));
        given().auth().oauth2(TestTokens.secretary(bloc)).when().get("/api/events/history/follow-up-task/" + led)
                .then().statusCode(403);

        fire(List.of(successor), "MERGE");
        assertEquals(1, tasks.history(led, "RESTRUCTURE_MOVE").size());
        assertEquals(1, tasks.history(issued, "RESTRUCTURE_MOVE").size());
    }

    @Test
    void aSplitListsOpenTasksForTheBlocOfficeToAssign() {
        UUID led = tasks.task(bloc, closing, List.of(), false);

        fire(List.of(successor, second), "SPLIT");
        fire(List.of(successor, second), "SPLIT");

        assertEquals(closing, tasks.column("lead_organization_id", led));
        String pendingId = given().auth().oauth2(TestTokens.blocAdmin()).when().get(PENDING)
                .then().statusCode(200)
                .body("findAll { it.recordId == '" + led + "' }.recordKind", contains("FOLLOW_UP_TASK"))
                .extract().path("find { it.recordId == '" + led + "' }.id");

        given().auth().oauth2(TestTokens.secretary(bloc)).when().get(PENDING).then().statusCode(403);
        assign(TestTokens.secretary(bloc), pendingId, successor).statusCode(403);
        assign(TestTokens.blocAdmin(), pendingId, bloc)
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("organizationId"));

        assign(TestTokens.blocAdmin(), pendingId, successor).statusCode(200)
                .body("assignedTo", equalTo(successor.toString()));
        assertEquals(successor, tasks.column("lead_organization_id", led));
        assertEquals(1, tasks.history(led, "RESTRUCTURE_MOVE").size());
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(PENDING)
                .then().statusCode(200).body("recordId", not(hasItem(led.toString())));
    }

    @Test
    void aDissolutionWithoutReceiverListsOpenTasksForAnyActiveOrganization() {
        UUID led = tasks.task(bloc, closing, List.of(), false);

        fire(List.of(), "DISSOLVE");
        fire(List.of(), "DISSOLVE");

        assertEquals(closing, tasks.column("lead_organization_id", led));
        String pendingId = given().auth().oauth2(TestTokens.blocAdmin()).when().get(PENDING)
                .then().statusCode(200)
                .body("findAll { it.recordId == '" + led + "' }.successionKind", contains("DISSOLVE"))
                .body("find { it.recordId == '" + led + "' }.successorIds.size()", equalTo(0))
                .extract().path("find { it.recordId == '" + led + "' }.id");

        assign(TestTokens.blocAdmin(), pendingId, UUID.randomUUID())
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("organizationId"));
        assign(TestTokens.blocAdmin(), pendingId, closing).statusCode(422);
        assertEquals(closing, tasks.column("lead_organization_id", led));

        assign(TestTokens.blocAdmin(), pendingId, second).statusCode(200)
                .body("assignedTo", equalTo(second.toString()));
        assertEquals(second, tasks.column("lead_organization_id", led));
        assertEquals(1, tasks.history(led, "RESTRUCTURE_MOVE").size());
    }

    private void fire(List<UUID> successors, String kind) {
        QuarkusTransaction.requiringNew().run(() ->
                succeeded.fire(new OrganizationSucceeded(closing, successors, kind, DAY, 7L)));
    }

    private static ValidatableResponse assign(String token, String id, UUID organization) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("organizationId", organization))
                .when().post(PENDING + "/" + id + "/assign").then();
    }
}
