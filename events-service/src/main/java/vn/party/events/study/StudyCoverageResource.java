package vn.party.events.study;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;

@Path("/api/events/resolution-study")
@Tag(name = "Resolution study")
@Produces(MediaType.APPLICATION_JSON)
public class StudyCoverageResource {

    @Inject
    StudyCoverageService coverage;

    @GET
    @Path("/coverage")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Coverage of a resolution's study sessions (RESOLUTION_STUDY meetings whose title names it) "
            + "in the subtree of organizationId: distinct members present ÷ distinct members invited, as counts "
            + "and a percentage with one decimal, overall and per organization holding sessions")
    public StudyCoverageService.Coverage coverage(@QueryParam("resolution") String resolution,
            @QueryParam("organizationId") UUID organizationId) {
        return coverage.coverage(resolution, organizationId);
    }
}
