package vn.party.membership.admission;

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

/** Lives at its own full path so that it never shadows the organization resource's other routes. */
@Path("/api/membership/organizations/{id}/probation-reviews")
@Tag(name = "Probation", description = "Công nhận đảng viên chính thức: probation reviews and outcomes")
@Produces(MediaType.APPLICATION_JSON)
public class ProbationReviewResource {

    @Inject
    ProbationService probation;

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR})
    @Operation(summary = "Probationary members of the subtree with their due date (end of probation), review deadline"
            + " in working days, state as of a date (asOf, default today), failed votes and escalation")
    public List<ProbationRequests.Review> reviews(@PathParam("id") UUID id, @QueryParam("asOf") String asOf) {
        return probation.reviews(id, OrganizationTree.parseAsOf(asOf));
    }
}
