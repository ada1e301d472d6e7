package vn.party.events.security;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.events.commendation.FakeMembershipDirectory;
import vn.party.events.rating.InspectionStub;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.matrix.AccessMatrix;

/**
 * Every operation of events' OpenAPI document, called with no token and with each role's token, answers as declared
 * in {@code src/test/resources/access-matrix.csv} (issue 11, point 4). A new endpoint fails this test until its row
 * says who may call it. membership and inspection are the stubs the other tests use.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(InspectionStub.class)
@QuarkusTestResource(FakeMembershipDirectory.class)
class AccessMatrixTest {

    @Test
    void everyOperationAnswersEveryCallerAsDeclared() {
        UUID bloc = UUID.randomUUID();
        UUID grassroots = UUID.randomUUID();
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(grassroots, bloc);
        AccessMatrix.of("events-service")
                .callersIn(grassroots, UUID.randomUUID())
                .parameter("organizationId", grassroots)
                .verify();
    }
}
