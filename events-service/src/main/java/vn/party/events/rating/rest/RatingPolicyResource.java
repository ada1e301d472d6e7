package vn.party.events.rating.rest;

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
import vn.party.events.rating.RatingPolicy;
import vn.party.events.rating.RatingPolicyService;
import vn.party.events.rating.rest.RatingViews.PolicyView;

@Path("/api/events/ratings/policies")
@Tag(name = "Ratings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RatingPolicyResource {

    @Inject
    RatingPolicyService policies;

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR})
    @Operation(summary = "Every rating policy version (score bands, excellent quota), oldest first")
    public List<PolicyView> list() {
        return policies.versions().stream().map(PolicyView::of).toList();
    }

    @GET
    @Path("/on/{date}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR})
    @Operation(summary = "The rating policy version in force on a date")
    public PolicyView on(@PathParam("date") LocalDate date) {
        return PolicyView.of(policies.onDateOr404(date));
    }

    @POST
    @RolesAllowed(Roles.BLOC_ADMIN)
    @Operation(summary = "Add a version effective after the latest one (bloc-admin): {effectiveFrom, reference, "
            + "excellentMin, goodMin, completedMin, excellentQuotaPercent, excellentQuotaBase: GOOD|GOOD_OR_BETTER}")
    public Response add(@Valid RatingPolicyService.NewVersion request) {
        RatingPolicy policy = policies.add(request);
        return Response.created(URI.create("/api/events/ratings/policies/on/" + policy.effectiveFrom))
                .entity(PolicyView.of(policy)).build();
    }
}
