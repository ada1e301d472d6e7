package vn.party.inspection.discipline;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.inspection.discipline.member.MemberFactsSource;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;

/**
 * The guard that tells us no remote call is left inside a transaction: in tests a call to membership made while a
 * database transaction is open fails before anything is sent. The whole suite runs with it on, so every write path
 * that reads member facts proves it reads them first.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipMembers.class)
class RemoteCallGuardTest {

    @Inject
    MemberFactsSource memberFacts;

    @Test
    void aMemberFactsReadInsideATransactionIsRefused() {
        IllegalStateException refused = QuarkusTransaction.requiringNew().call(() ->
                assertThrows(IllegalStateException.class, () -> memberFacts.facts(UUID.randomUUID())));
        assertTrue(refused.getMessage().contains("inside an open database transaction"), refused.getMessage());
    }
}
