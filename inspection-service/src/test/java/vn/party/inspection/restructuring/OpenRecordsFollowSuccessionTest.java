package vn.party.inspection.restructuring;

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
 * The replica's OrganizationSucceeded moves the predecessor's open discipline cases, inspections, supervisions and
 * programme items (history entry on each), leaves closed ones, does nothing when replayed, and after a split lists
 * them for the bloc office to assign.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
class OpenRecordsFollowSuccessionTest {

    static final String PENDING = "/api/inspection/restructuring/pending-assignments";
    static final String HISTORY = "/api/inspection/history";
    static final LocalDate DAY = LocalDate.of(2022, 6, 30);

    @Inject
    Event<OrganizationSucceeded> succeeded;

    @Inject
    InspectionRecordsFixture records;

    private UUID bloc;
    private UUID parent;
    private UUID closing;
    private UUID successor;
    private UUID second;

    /** Bloc → closing; Bloc → parent → successor, second. */
    @BeforeEach
    void tree() {
        bloc = UUID.randomUUID();
        parent = UUID.randomUUID();
        closing = UUID.randomUUID();
        successor = UUID.randomUUID();
        second = UUID.randomUUID();
        place(bloc, null);
        place(closing, bloc);
        place(parent, bloc);
        place(successor, parent);
        place(second, parent);
    }

    private static void place(UUID organization, UUID under) {
        FakeMembershipTree.place(organization, under);
    }

    @Test
    void aMergeMovesOpenRecordsToTheSuccessorOnceAndLeavesClosedOnes() {
        UUID openCase = records.openCase(closing, List.of(closing, bloc));
        UUID openInspection = records.inspection(bloc, closing, false);
        UUID byTheClosing = records.inspection(closing, bloc, false);
        UUID notified = records.inspection(bloc, closing, true);
        UUID openSupervision = records.supervision(bloc, closing, LocalDate.of(2200, 12, 31));
        UUID ended = records.supervision(bloc, closing, LocalDate.of(2020, 12, 31));
        UUID openItem = records.planItem(UUID.randomUUID(), closing, false);
        UUID cancelled = records.planItem(UUID.randomUUID(), closing, true);

        fire(List.of(successor), "MERGE");

        assertEquals(successor, records.column("discipline_case", "scope_organization_id", openCase));
        assertEquals(set(successor, parent, bloc), records.scope("discipline_case_scope", "case_id", openCase));
        assertEquals(successor, records.column("inspection", "target_organization_id", openInspection));
        assertEquals(set(successor, parent, bloc), records.scope("inspection_scope", "inspection_id", openInspection));
        assertEquals(successor, records.column("inspection", "inspecting_organization_id", byTheClosing));
        assertEquals(set(bloc), records.scope("inspection_scope", "inspection_id", byTheClosing));
        assertEquals(closing, records.column("inspection", "target_organization_id", notified), "notified: stays");
        assertEquals(successor, records.column("supervision", "target_organization_id", openSupervision));
        assertEquals(closing, records.column("supervision", "target_organization_id", ended), "ended: stays");
        assertEquals(successor, records.column("inspection_plan_item", "target_organization_id", openItem));
        assertEquals(closing, records.column("inspection_plan_item", "target_organization_id", cancelled));

        List<String> history = records.history("discipline-case", openCase, "RESTRUCTURE_MOVE");
        assertEquals(1, history.size());
        assertTrue(history.get(0).startsWith("organization-feed "), history.get(0));
        assertTrue(history.get(0).contains("\"scopeOrganizationId\": {\"after\": \"" + successor + "\", \"before\": \""
                + closing + "\"}"), history.get(0));
        assertTrue(history.get(0).contains("\"kind\": \"MERGE\""), history.get(0));
        assertEquals(1, records.history("inspection", openInspection, "RESTRUCTURE_MOVE").size());
        assertEquals(1, records.history("supervision", openSupervision, "RESTRUCTURE_MOVE").size());
        assertEquals(1, records.history("inspection-plan-item", openItem, "RESTRUCTURE_MOVE").size());
        assertEquals(List.of(), records.history("inspection", notified, "RESTRUCTURE_MOVE"));

        // the bloc office reads the move in the record's history; nobody else may
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(HISTORY + "/discipline-case/" + openCase)
                .then().statusCode(200)
                .body("find { it.action == 'RESTRUCTURE_MOVE' }.actor", equalTo("organization-feed"))
                .body("find { it.action == 'RESTRUCTURE_MOVE' }.changes.scopeOrganizationId.after",
                        equalTo(successor.toString()))
                .body("find { it.action == 'RESTRUCTURE_MOVE' }.changes.succession.after.kind", equalTo("MERGE"));
        given().auth().oauth2(TestTokens.inspector(bloc)).when().get(HISTORY + "/discipline-case/" + openCase)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(HISTORY + "/discipline-case/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(HISTORY + "/Discipline_Case/" + openCase)
                .then().statusCode(400).body("errors.field", hasItem("entityType"));

        // replayed (a rebuild of the replica): nothing left on the predecessor, nothing written
        fire(List.of(successor), "MERGE");
        assertEquals(1, records.history("discipline-case", openCase, "RESTRUCTURE_MOVE").size());
        assertEquals(1, records.history("inspection-plan-item", openItem, "RESTRUCTURE_MOVE").size());
        assertEquals(successor, records.column("discipline_case", "scope_organization_id", openCase));
    }

    @Test
    void aSplitListsOpenRecordsForTheBlocOfficeToAssign() {
        UUID openCase = records.openCase(closing, List.of(closing, bloc));

        fire(List.of(successor, second), "SPLIT");
        fire(List.of(successor, second), "SPLIT");

        assertEquals(closing, records.column("discipline_case", "scope_organization_id", openCase));
        assertEquals(1, records.history("discipline-case", openCase, "RESTRUCTURE_PENDING").size());
        String pendingId = given().auth().oauth2(TestTokens.blocAdmin()).when().get(PENDING)
                .then().statusCode(200)
                .body("findAll { it.recordId == '" + openCase + "' }.recordKind", contains("DISCIPLINE_CASE"))
                .body("find { it.recordId == '" + openCase + "' }.predecessorId", equalTo(closing.toString()))
                .body("find { it.recordId == '" + openCase + "' }.effectiveOn", equalTo(DAY.toString()))
                .extract().path("find { it.recordId == '" + openCase + "' }.id");

        given().auth().oauth2(TestTokens.inspector(bloc)).when().get(PENDING).then().statusCode(403);
        assign(TestTokens.inspector(bloc), pendingId, successor).statusCode(403);
        assign(TestTokens.blocAdmin(), pendingId, parent)
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("organizationId"));
        assertEquals(closing, records.column("discipline_case", "scope_organization_id", openCase));

        assign(TestTokens.blocAdmin(), pendingId, second).statusCode(200)
                .body("assignedTo", equalTo(second.toString()));
        assertEquals(second, records.column("discipline_case", "scope_organization_id", openCase));
        assertEquals(set(second, parent, bloc), records.scope("discipline_case_scope", "case_id", openCase));
        assertEquals(1, records.history("discipline-case", openCase, "RESTRUCTURE_MOVE").size());
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(PENDING)
                .then().statusCode(200).body("recordId", not(hasItem(openCase.toString())));

        fire(List.of(successor, second), "SPLIT");
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(PENDING)
                .then().statusCode(200).body("recordId", not(hasItem(openCase.toString())));
    }

    private void fire(List<UUID> successors, String kind) {
        QuarkusTransaction.requiringNew().run(() ->
                succeeded.fire(new OrganizationSucceeded(closing, successors, kind, DAY, 42L)));
    }

    private static Set<UUID> set(UUID... ids) {
        return new TreeSet<>(List.of(ids));
    }

    private static ValidatableResponse assign(String token, String id, UUID organization) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("organizationId", organization))
                .when().post(PENDING + "/" + id + "/assign").then();
    }
}
