package vn.party.membership.deadline;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;
import vn.party.membership.organization.service.OrganizationTree;

@Path("/api/membership/organizations/{id}/deadlines")
@Tag(name = "Deadlines", description = "The secretary's to-do list: what is due or overdue in the subtree")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {

    @Inject
    DeadlineService deadlines;

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR})
    @Operation(summary = "Probation reviews, transfer letters to present and admission decisions/ceremonies due or"
            + " overdue in the subtree as of a date (asOf, default today), sorted by due date")
    public List<Deadline> list(@PathParam("id") UUID id, @QueryParam("asOf") String asOf) {
        return deadlines.of(id, OrganizationTree.parseAsOf(asOf));
    }
}
