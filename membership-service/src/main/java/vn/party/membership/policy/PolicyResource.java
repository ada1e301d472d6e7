package vn.party.membership.policy;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;

@Path("/api/membership/policies")
@Tag(name = "Policies", description = "Quy định: the Charter's numbers as effective-dated versions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PolicyResource {

    @Inject
    PolicyCatalog catalog;

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR})
    @Operation(summary = "Every policy version, oldest first (staff roles)")
    public List<Policy> list() {
        return catalog.timeline().versions();
    }

    @GET
    @Path("/on/{date}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR})
    @Operation(summary = "The policy version in force on a date (staff roles)")
    public Policy inForceOn(@PathParam("date") LocalDate date) {
        return catalog.inForceOn(date);
    }

    @POST
    @RolesAllowed(Roles.BLOC_ADMIN)
    @Operation(summary = "Add a policy version effective from a date after the latest version's (bloc-admin)")
    public Response add(@Valid PolicyRequests.NewVersion request) {
        Policy policy = catalog.add(request);
        return Response.created(URI.create("/api/membership/policies/on/" + policy.effectiveFrom()))
                .entity(policy).build();
    }
}
