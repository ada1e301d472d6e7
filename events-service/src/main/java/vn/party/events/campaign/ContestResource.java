package vn.party.events.campaign;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;
import vn.party.events.commendation.membership.MembershipDirectory;

@Path("/api/events/contests")
@Tag(name = "Contests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContestResource {

    /** The counts are null for a caller who may not list the entrants (not a reader in scope of the organizer). */
    public record ContestView(UUID id, String name, UUID organizerId, LocalDate heldOn, Long entrants,
            Long organizations, Long scored, long version) {
        static ContestView of(Contest c, ContestService.Summary s) {
            return s == null ? new ContestView(c.id, c.name, c.organizerId, c.heldOn, null, null, null, c.version)
                    : new ContestView(c.id, c.name, c.organizerId, c.heldOn, s.entrants(), s.organizations(),
                            s.scored(), c.version);
        }
    }

    public record EntrantView(UUID id, UUID memberId, UUID organizationId, String displayName, BigDecimal score,
            String prize, long version) {
        static EntrantView of(ContestEntrant e) {
            return new EntrantView(e.id, e.memberId, e.organizationId, e.displayName, e.score, e.prize, e.version);
        }
    }

    @Inject
    ContestService contests;

    /** What the service reads from membership is read here, before its transaction opens (no remote call inside one). */
    @Inject
    MembershipDirectory membership;

    @POST
    @RolesAllowed(Roles.BLOC_ADMIN)
    @Operation(summary = "Create a contest (bloc-admin): {name, organizerId, heldOn}")
    public Response create(@Valid ContestService.Create request) {
        Contest contest = contests.create(request);
        return Response.created(URI.create("/api/events/contests/" + contest.id))
                .entity(ContestView.of(contest, contests.summary(contest))).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "A contest with its counts: entrants, distinct organizations, scored (null for a caller who "
            + "may not list the entrants: readers in scope of the organizer only)")
    public ContestView get(@PathParam("id") UUID id) {
        Contest contest = contests.get(id);
        return ContestView.of(contest, contests.visibleSummary(contest));
    }

    @POST
    @Path("/{id}/entrants")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Enter a member for an organization in your scope: {memberId, organizationId, displayName}")
    public Response enter(@PathParam("id") UUID id, @Valid ContestService.Enter request) {
        membership.prefetch(java.util.Collections.singletonList(request == null ? null : request.memberId()));
        ContestEntrant entrant = contests.enter(id, request);
        return Response.created(URI.create("/api/events/contests/" + id + "/entrants/" + entrant.id))
                .entity(EntrantView.of(entrant)).build();
    }

    @GET
    @Path("/{id}/entrants")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Entrants, best score first (readers in scope of the organizer)")
    public List<EntrantView> entrants(@PathParam("id") UUID id) {
        return contests.entrants(id).stream().map(EntrantView::of).toList();
    }

    @PUT
    @Path("/{id}/entrants/{entrantId}/result")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Score (0–100, two decimals) and prize, by the organizing level: {version, score, prize?}")
    public EntrantView result(@PathParam("id") UUID id, @PathParam("entrantId") UUID entrantId,
            @Valid ContestService.Result request) {
        return EntrantView.of(contests.result(id, entrantId, request));
    }
}
