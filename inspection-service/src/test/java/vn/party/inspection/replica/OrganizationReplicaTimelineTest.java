package vn.party.inspection.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.common.security.OrganizationHierarchy;
import vn.party.replica.OrganizationPeriod;
import vn.party.replica.OrganizationTimeline;
import vn.party.replica.ReplicaOrganizations;
import vn.party.replica.ReplicaOrganizationTimeline;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;

/**
 * The replica answers "as of" questions from its tables: a grassroots organization A merged into B on 2026-06-30
 * counts with B from then on, and as itself before.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
class OrganizationReplicaTimelineTest {

    private static final LocalDate MERGED_ON = LocalDate.of(2026, 6, 30);
    private static final LocalDate SPRING = LocalDate.of(2026, 3, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);

    @Inject
    OrganizationTimeline timeline;

    @Inject
    OrganizationHierarchy hierarchy;

    @Inject
    ReplicaOrganizations organizations;

    private final UUID root = UUID.randomUUID();
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID cellOfA = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    @BeforeEach
    void tree() {
        FakeMembershipTree.place(root, null);
        FakeMembershipTree.place(a, root);
        FakeMembershipTree.place(b, root);
        FakeMembershipTree.place(other, root);
        // A's cell moved under B with the merge
        FakeMembershipTree.placeDuring(cellOfA, a, FakeMembershipTree.BEGINNING, MERGED_ON);
        FakeMembershipTree.placeDuring(cellOfA, b, MERGED_ON, null);
        FakeMembershipTree.succeed(a, b, "MERGE", MERGED_ON);
    }

    @Test
    void anOrganizationsRecordIsItsPeriodOnTheDate() {
        UUID named = UUID.randomUUID();
        FakeMembershipTree.place(named, root, "Đảng bộ Sở Tư pháp", "GRASSROOTS");
        FakeMembershipTree.succeed(named, b, "MERGE", MERGED_ON);
        OrganizationPeriod spring = organizations.on(named, SPRING).orElseThrow();
        assertEquals("Đảng bộ Sở Tư pháp", spring.name());
        assertEquals("GRASSROOTS", spring.type());
        assertEquals("ACTIVE", spring.status());
        assertEquals(root, spring.parentId());
        assertEquals(MERGED_ON, spring.validTo());
        // after the merge: the same name and place, status MERGED
        OrganizationPeriod after = organizations.on(named, YEAR_END).orElseThrow();
        assertEquals("MERGED", after.status());
        assertEquals("Đảng bộ Sở Tư pháp", after.name());
        assertEquals(MERGED_ON, after.validFrom());
        assertEquals(after, organizations.today(named).orElseThrow());
        assertEquals(Optional.empty(), organizations.on(UUID.randomUUID(), YEAR_END));
        assertEquals(Optional.empty(), organizations.on(named, null));
    }

    @Test
    void theServicesHierarchyIsTheReplicaOnTodaysDate() {
        LocalDate today = ReplicaOrganizationTimeline.today();
        assertEquals(timeline.ancestryOn(cellOfA, today), hierarchy.ancestry(cellOfA));
        assertTrue(hierarchy.ancestry(cellOfA).orElseThrow().contains(root));
        assertEquals(Optional.empty(), hierarchy.ancestry(UUID.randomUUID()));
    }

    @Test
    void ancestryFollowsTheTreeOfTheDay() {
        assertEquals(Optional.of(List.of(cellOfA, a, root)), timeline.ancestryOn(cellOfA, SPRING));
        assertEquals(Optional.of(List.of(cellOfA, b, root)), timeline.ancestryOn(cellOfA, YEAR_END));
        // the merged organization still sits where it was (its records stay in reach of the same scopes)
        assertEquals(Optional.of(List.of(a, root)), timeline.ancestryOn(a, YEAR_END));
        assertEquals(Optional.empty(), timeline.ancestryOn(UUID.randomUUID(), YEAR_END));
        assertEquals(Optional.empty(), timeline.ancestryOn(cellOfA, LocalDate.of(1800, 1, 1)));
    }

    @Test
    void afterTheMergeThePredecessorCountsWithItsSuccessor() {
        Set<UUID> ofB = timeline.subtreeOn(b, YEAR_END);
        assertEquals(Set.of(b, a, cellOfA), ofB);
        Set<UUID> ofRoot = timeline.subtreeOn(root, YEAR_END);
        assertTrue(ofRoot.containsAll(Set.of(root, a, b, cellOfA, other)), ofRoot.toString());
        // A no longer has a subtree of its own
        assertEquals(Set.of(a), timeline.subtreeOn(a, YEAR_END));
    }

    @Test
    void beforeTheMergeThePredecessorCountsAsItself() {
        assertEquals(Set.of(b), timeline.subtreeOn(b, SPRING));
        assertEquals(Set.of(a, cellOfA), timeline.subtreeOn(a, SPRING));
        Set<UUID> ofRoot = timeline.subtreeOn(root, SPRING);
        assertTrue(ofRoot.containsAll(Set.of(root, a, b, cellOfA, other)), ofRoot.toString());
        // on the merge day itself, A has ceased
        assertEquals(Set.of(b, a, cellOfA), timeline.subtreeOn(b, MERGED_ON));
        assertFalse(timeline.subtreeOn(b, MERGED_ON.minusDays(1)).contains(a));
    }

    @Test
    void anUnknownRootHasNoSubtree() {
        assertEquals(Set.of(), timeline.subtreeOn(UUID.randomUUID(), YEAR_END));
    }
}
