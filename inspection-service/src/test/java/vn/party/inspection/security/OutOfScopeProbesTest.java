package vn.party.inspection.security;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.inspection.discipline.FakeMembershipMembers;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.matrix.OutOfScopeProbes;

/**
 * Every operation of inspection's OpenAPI document that takes an organization or member id refuses the secretary
 * and the inspector of grassroots A when given the id of sibling B (or of a member of B), issue 11 point 4.
 * membership is the stubs the other tests use: the tree places A and B under one bloc, the member stub knows B's member.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipMembers.class)
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
        FakeMembershipMembers.register(siblingMember, sibling, "OFFICIAL", false);
        OutOfScopeProbes.of("inspection-service")
                .excluded("bloc-admin only (every organization is in scope); the organization in the body must be one"
                        + " of the split's successors: 422 otherwise, in OpenRecordsFollowSuccessionTest",
                        "POST /api/inspection/restructuring/pending-assignments/{id}/assign")
                .callersIn(home, sibling, siblingMember)
                .organizationParameter("inspectingBodyId")
                .memberParameter("targetMemberId")
                .excluded("an optional filter narrowing the required organizationId (A, in scope): the answer holds only"
                        + " A's subtree (an empty page or A's own figures), nothing of B",
                        "GET /api/inspection/discipline/decisions memberId",
                        "GET /api/inspection/supervisions targetMemberId",
                        "GET /api/inspection/statistics inspectingBodyId")
                .excluded("the ids are in the JSON body ({} here), which this pass cannot probe",
                        "POST /api/inspection/denunciations",
                        "POST /api/inspection/discipline/cases",
                        "POST /api/inspection/discipline/cases/{id}/decision",
                        "POST /api/inspection/discipline/suspensions",
                        "POST /api/inspection/inspections",
                        "POST /api/inspection/inspections/{id}/discipline-cases",
                        "POST /api/inspection/plans",
                        "POST /api/inspection/plans/{planId}/items",
                        "POST /api/inspection/supervisions")
                .verify();
    }
}
