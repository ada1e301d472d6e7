package vn.party.events.rating.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;
import vn.party.events.rating.RatingPeriod;
import vn.party.events.rating.RatingService;
import vn.party.events.rating.rest.RatingViews.PeriodView;

@Path("/api/events/ratings/periods")
@Tag(name = "Ratings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RatingPeriodResource {

    @Inject
    RatingService ratings;

    @POST
    @RolesAllowed(Roles.BLOC_ADMIN)
    @Operation(summary = "Open a rating period (bloc-admin): {kind: YEAR|QUARTER|TERM, year, quarter? (QUARTER), "
            + "termFromYear? (TERM; year is the term's last year)}")
    public Response create(@Valid RatingService.NewPeriod request) {
        RatingPeriod period = ratings.createPeriod(request);
        return Response.created(URI.create("/api/events/ratings/periods/" + period.id)).entity(PeriodView.of(period))
                .build();
    }

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "Rating periods, latest first, optionally of one year")
    public List<PeriodView> list(@QueryParam("year") Integer year) {
        return ratings.periods(year).stream().map(PeriodView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "A rating period")
    public PeriodView get(@PathParam("id") UUID id) {
        return PeriodView.of(ratings.period(id));
    }
}
