package vn.party.membership.committee.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.security.Roles;
import vn.party.membership.committee.service.CommitteeHistoryService;

@Path("/api/membership/members/{memberId}/positions")
@Tag(name = "Committees")
@Produces(MediaType.APPLICATION_JSON)
public class MemberPositionResource {

    @Inject
    CommitteeHistoryService history;

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "A member's committee and UBKT posts over time, newest first, paged (members: their own)")
    public Page<AssignmentView> positions(@PathParam("memberId") UUID memberId, @Valid @BeanParam PageRequest page) {
        return history.positions(memberId, page).map(AssignmentView::of);
    }
}
