package vn.party.inspection.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import vn.party.testsupport.arch.NoOrganizationTreeCalls;

/** No request path of inspection-service asks membership for the organization tree: the replica answers (issue 12). */
class NoOrganizationTreeCallsTest {

    @Test
    void noRestClientOfThisServiceCallsMembershipForTheTree() {
        JavaClasses classes = NoOrganizationTreeCalls.productionClasses();
        assertTrue(classes.contain("vn.party.replica.OrganizationFeedClient"),
                "the replica's own feed client is on the classpath (and is the one allowed)");
        NoOrganizationTreeCalls.rule().check(classes);
    }

    @Test
    void theRuleCatchesAnAncestryClient() {
        JavaClasses offender = new ClassFileImporter().importClasses(AncestryClient.class);
        assertThrows(AssertionError.class, () -> NoOrganizationTreeCalls.rule().check(offender));
        assertTrue(NoOrganizationTreeCalls.isTreePath("/api/membership/organizations/{id}/subtree"));
        assertTrue(NoOrganizationTreeCalls.isTreePath("/api/membership/organizations"));
        assertTrue(NoOrganizationTreeCalls.isTreePath("/api/membership/organization-feed"));
        // one organization's record (name, type, parent) is the tree too; its committee posts are not
        assertTrue(NoOrganizationTreeCalls.isTreePath("/api/membership/organizations/{id}"));
        assertTrue(NoOrganizationTreeCalls.isTreePath("/api/membership/organizations/{id}/history"));
        assertFalse(NoOrganizationTreeCalls.isTreePath("/api/membership/organizations/{id}/committee"));
        assertFalse(NoOrganizationTreeCalls.isTreePath("/api/membership/members/{id}"));
    }

    /** What the services did before the replica: one membership call per scope check. */
    @RegisterRestClient(configKey = "membership")
    @Path("/api/membership/organizations")
    interface AncestryClient {

        @GET
        @Path("/{id}/ancestry")
        List<UUID> ancestry(@PathParam("id") UUID organizationId);
    }
}
