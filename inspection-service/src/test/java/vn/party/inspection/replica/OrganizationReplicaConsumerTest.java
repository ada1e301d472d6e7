package vn.party.inspection.replica;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.contracts.organization.OrganizationFeed;
import vn.party.replica.OrganizationReplicaConsumer;
import vn.party.replica.OrganizationSucceeded;
import vn.party.replica.OrganizationTimeline;
import vn.party.replica.ReplicaCursor;
import vn.party.replica.ReplicaStore;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * The replica follows membership's organization feed (here the fake's): entries applied in order, re-applying
 * changes nothing, a restart resumes from the stored cursor, a rebuild replays from zero, membership down leaves the
 * replica answering, and a succession is announced once.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
class OrganizationReplicaConsumerTest {

    private static final String REPLICA = "/api/inspection/organization-replica";
    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    @Inject
    OrganizationReplicaConsumer consumer;

    @Inject
    OrganizationTimeline timeline;

    @Inject
    ReplicaStore store;

    @Inject
    SuccessionRecorder recorder;

    @AfterEach
    void membershipBack() {
        FakeMembershipTree.down(false);
    }

    private static List<OrganizationFeed.Period> under(UUID parent) {
        return List.of(FakeMembershipTree.period(FakeMembershipTree.BEGINNING, null, parent, "ACTIVE", "CREATE"));
    }

    @Test
    void entriesAreAppliedInOrderWithTheServicesOwnToken() {
        UUID bloc = UUID.randomUUID();
        UUID otherBloc = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        FakeMembershipTree.publish(bloc, under(null), List.of());
        FakeMembershipTree.publish(otherBloc, under(null), List.of());
        FakeMembershipTree.publish(cell, under(bloc), List.of());
        FakeMembershipTree.publish(cell, under(otherBloc), List.of()); // moved: the later entry wins
        assertEquals(Optional.empty(), timeline.ancestry(cell), "nothing is known before the poll");

        OrganizationReplicaConsumer.CatchUp result = consumer.catchUp();

        assertTrue(result.reachedHead(), result.toString());
        assertEquals(FakeMembershipTree.head(), result.cursor().position());
        assertEquals(0, result.cursor().lag());
        assertEquals(Optional.of(List.of(cell, otherBloc)), timeline.ancestry(cell));
        assertEquals(Optional.of(List.of(bloc)), timeline.ancestry(bloc));
        // the client-credentials token of the service's own client, not a caller's
        assertTrue(FakeMembershipTree.lastAuthorization().startsWith("Bearer "));
    }

    @Test
    void reapplyingAppliedPositionsChangesNothing() {
        UUID bloc = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        FakeMembershipTree.publish(bloc, under(null), List.of());
        long position = FakeMembershipTree.publish(cell, under(bloc), List.of());
        consumer.catchUp();
        ReplicaCursor cursor = store.cursor();

        // the same positions again (a retried batch), even with other content: skipped
        OrganizationFeed replay = new OrganizationFeed(OrganizationFeed.VERSION, cursor.head(),
                List.of(new OrganizationFeed.Entry(position, cell, under(UUID.randomUUID()), List.of())));
        ReplicaStore.Applied applied = store.apply(cursor.generation(), replay);

        assertEquals(0, applied.entries());
        assertEquals(1, applied.skipped());
        assertEquals(cursor.position(), store.cursor().position());
        assertEquals(Optional.of(List.of(cell, bloc)), timeline.ancestry(cell));
        // and a second catch-up finds nothing new
        assertEquals(0, consumer.catchUp().applied());
    }

    @Test
    void aRestartResumesFromTheStoredCursor() {
        consumer.catchUp();
        long stored = store.cursor().position();
        UUID bloc = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        FakeMembershipTree.publish(bloc, under(null), List.of());
        FakeMembershipTree.publish(cell, under(bloc), List.of());

        // a fresh consumer (what a restart leaves: nothing in memory) starts from the database's cursor
        OrganizationReplicaConsumer.CatchUp result = consumer.catchUp();

        assertEquals(2, result.applied(), result.toString());
        assertEquals(stored + 2, result.cursor().position());
        assertEquals(Optional.of(List.of(cell, bloc)), timeline.ancestry(cell));
    }

    @Test
    void aRebuildEmptiesTheReplicaAndTheNextPollReplaysEverything() throws Exception {
        UUID bloc = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(cell, bloc);
        consumer.catchUp();

        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(Map.of())
                .when().post(REPLICA + "/rebuild").then().statusCode(400).body("errors.field", hasItem("reason"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Kiểm tra khôi phục bản sao (replica check)"))
                .when().post(REPLICA + "/rebuild").then().statusCode(202)
                .body("cursor", equalTo(0));
        assertEquals(Optional.empty(), timeline.ancestry(cell), "the replica is empty until the next poll");
        assertEquals(1, auditRows());

        OrganizationReplicaConsumer.CatchUp replay = consumer.catchUp();

        assertTrue(replay.reachedHead(), replay.toString());
        assertEquals(FakeMembershipTree.head(), replay.cursor().position());
        assertEquals(Optional.of(List.of(cell, bloc)), timeline.ancestry(cell));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(REPLICA).then().statusCode(200)
                .body("cursor", equalTo((int) FakeMembershipTree.head())).body("lag", equalTo(0));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("party_replica_lag"));
    }

    @Test
    void withMembershipDownScopedReadsStillAnswerFromTheReplica() {
        UUID bloc = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(cell, bloc);
        FakeMembershipTree.down(true);

        OrganizationReplicaConsumer.CatchUp result = consumer.catchUp();

        assertFalse(result.reachedHead());
        assertNotNull(result.failure());
        given().auth().oauth2(TestTokens.inspector(cell)).when()
                .get("/api/inspection/plans?organizationId=" + cell + "&year=2026").then().statusCode(200);
        given().auth().oauth2(TestTokens.inspector(cell)).when()
                .get("/api/inspection/plans?organizationId=" + UUID.randomUUID() + "&year=2026").then().statusCode(403);
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(REPLICA).then().statusCode(200)
                .body("lastFailure", org.hamcrest.Matchers.notNullValue());
        // readiness does not depend on membership; the lag figure is in the wellness group
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'organization-replica' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'organization-replica' }.data.lag", org.hamcrest.Matchers.notNullValue());

        FakeMembershipTree.down(false);
        assertNull(consumer.catchUp().failure());
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(REPLICA).then().statusCode(200)
                .body("lag", equalTo(0));
    }

    @Test
    void aSuccessionIsAnnouncedOncePerNewSuccessor() {
        UUID bloc = UUID.randomUUID();
        UUID merged = UUID.randomUUID();
        UUID successor = UUID.randomUUID();
        FakeMembershipTree.publish(bloc, under(null), List.of());
        FakeMembershipTree.publish(successor, under(bloc), List.of());
        List<OrganizationFeed.Period> closed = List.of(
                FakeMembershipTree.period(FakeMembershipTree.BEGINNING, DAY, bloc, "ACTIVE", "CREATE"),
                FakeMembershipTree.period(DAY, null, bloc, "MERGED", "MERGE"));
        List<OrganizationFeed.Succession> merge = List.of(
                new OrganizationFeed.Succession(merged, successor, "MERGE", DAY));
        FakeMembershipTree.publish(merged, under(bloc), List.of());
        long position = FakeMembershipTree.publish(merged, closed, merge);
        consumer.catchUp();

        List<OrganizationSucceeded> events = recorder.of(merged);
        assertEquals(1, events.size(), events.toString());
        OrganizationSucceeded event = events.get(0);
        assertEquals(List.of(successor), event.successorIds());
        assertEquals("MERGE", event.kind());
        assertEquals(DAY, event.effectiveOn());
        assertEquals(position, event.position());
        assertTrue(event.singleSuccessor());

        // a later entry about the same organization (its timeline again) announces nothing new
        FakeMembershipTree.publish(merged, closed, merge);
        consumer.catchUp();
        assertEquals(1, recorder.of(merged).size());
        assertTrue(timeline.subtreeOn(successor, DAY).contains(merged));
    }

    @Test
    void aDissolutionWithoutReceiverIsAnnouncedOnceWithNoSuccessor() {
        UUID bloc = UUID.randomUUID();
        UUID dissolved = UUID.randomUUID();
        FakeMembershipTree.publish(bloc, under(null), List.of());
        FakeMembershipTree.publish(dissolved, under(bloc), List.of());
        consumer.catchUp();
        assertEquals(List.of(), recorder.of(dissolved), "active: nothing to announce");

        List<OrganizationFeed.Period> ended = List.of(
                FakeMembershipTree.period(FakeMembershipTree.BEGINNING, DAY, bloc, "ACTIVE", "CREATE"),
                FakeMembershipTree.period(DAY, null, bloc, "DISSOLVED", "DISSOLVE"));
        long position = FakeMembershipTree.publish(dissolved, ended, List.of());
        consumer.catchUp();

        List<OrganizationSucceeded> events = recorder.of(dissolved);
        assertEquals(1, events.size(), events.toString());
        assertEquals(List.of(), events.get(0).successorIds());
        assertEquals("DISSOLVE", events.get(0).kind());
        assertEquals(DAY, events.get(0).effectiveOn());
        assertEquals(position, events.get(0).position());

        FakeMembershipTree.publish(dissolved, ended, List.of());
        consumer.catchUp();
        assertEquals(1, recorder.of(dissolved).size(), "already dissolved in the replica: not announced again");
    }

    private static int auditRows() throws Exception {
        try (Connection connection = PostgresTestResource.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT count(*) FROM audit_log WHERE entity_type = 'organization-replica' AND action = 'REBUILD'"
                             + " AND changes::text LIKE '%replica check%'")) {
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
