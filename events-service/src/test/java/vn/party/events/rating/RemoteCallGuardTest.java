package vn.party.events.rating;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.events.commendation.membership.MembershipDirectoryAdapter;
import vn.party.events.commendation.membership.MembershipEventsPoller;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;

/**
 * The guard that tells us no remote call is left inside a transaction: in tests a call to inspection or membership
 * made while a database transaction is open fails before anything is sent. The whole suite runs with it on, so every
 * write path that asks another service proves it asks first.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(InspectionStub.class)
class RemoteCallGuardTest {

    @Inject
    DisciplineRecords discipline;

    @Inject
    MembershipDirectoryAdapter directory;

    @Inject
    MembershipEventsPoller poller;

    @Test
    void remoteReadsInsideATransactionAreRefused() {
        QuarkusTransaction.requiringNew().run(() -> {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> discipline.againstMember(UUID.randomUUID(), UUID.randomUUID(), 2025));
            assertTrue(refused.getMessage().contains("inside an open database transaction"), refused.getMessage());
            assertThrows(IllegalStateException.class, () -> directory.member(UUID.randomUUID()));
            // the event poller reads membership's feed only once its cursor read has committed
            IllegalStateException feed = assertThrows(IllegalStateException.class, () -> poller.poll());
            assertTrue(feed.getMessage().contains("MembershipEventsFeed"), feed.getMessage());
        });
    }
}
