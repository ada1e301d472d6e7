package vn.party.events.security;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.events.commendation.FakeMembershipDirectory;
import vn.party.events.rating.InspectionStub;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.matrix.OutOfScopeProbes;

/**
 * Every operation of events' OpenAPI document that takes an organization or member id refuses the secretary and
 * the inspector of grassroots A when given the id of sibling B (or of a member of B), issue 11 point 4. membership
 * and inspection are the stubs the other tests use; B's member is readable in the directory stub, so events must
 * judge the scope itself rather than rely on membership refusing the read.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(InspectionStub.class)
@QuarkusTestResource(FakeMembershipDirectory.class)
class OutOfScopeProbesTest {

    @Test
    void everyOperationTakingAnIdRefusesASiblingsId() {
        UUID bloc = UUID.randomUUID();
        UUID home = UUID.randomUUID();
        UUID sibling = UUID.randomUUID();
        UUID siblingMember = UUID.randomUUID();
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(home, bloc);
        FakeMembershipTree.place(sibling, bloc);
        FakeMembershipDirectory.memberOf(siblingMember, sibling);
        OutOfScopeProbes.of("events-service")
                .excluded("bloc-admin only (every organization is in scope); the organization in the body must be one"
                        + " of the split's successors: 422 otherwise, in OpenTasksFollowSuccessionTest",
                        "POST /api/events/restructuring/pending-assignments/{id}/assign")
                .callersIn(home, sibling, siblingMember)
                // organizations under other names: a task's issuer and assignees, a commendation's recipient, the cells of a report
                .organizationParameter("recipientOrganizationId")
                .organizationParameter("issuerId")
                .organizationParameter("assigneeId")
                .organizationParameter("cells")
                // required by the resources although the document calls them optional: without them a 400 comes first
                .parameter("year", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear())
                .parameter("toYear", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear())
                .parameter("subjectKind", "MEMBER")
                .parameter("resolution", "x")
                .excluded("filters within the caller's own subtree (the default root, or the member's ratings made"
                        + " there): the answer holds nothing of B, an empty page or zero counts",
                        "GET /api/events/commendations recipientOrganizationId",
                        "GET /api/events/ratings memberId",
                        "GET /api/events/members/{memberId}/attendance memberId")
                .excluded("cells must lie under the (in-scope) organizationId: B's id is refused as invalid (400)",
                        "GET /api/events/compliance cells")
                .excluded("the ids are in the JSON body ({} here), which this pass cannot probe",
                        "POST /api/events/campaigns/{id}/contributions",
                        "POST /api/events/commendations",
                        "POST /api/events/commendations/early-award-cases",
                        "POST /api/events/commendations/proposals",
                        "POST /api/events/contests/{id}/entrants",
                        "POST /api/events/documents/{documentId}/tasks",
                        "POST /api/events/meetings",
                        "POST /api/events/meetings/{id}/invitees",
                        "POST /api/events/ratings")
                .verify();
    }
}
