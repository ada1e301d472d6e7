package vn.party.events.campaign;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
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

import vn.party.common.problem.ProblemException;
import vn.party.common.security.Roles;

@Path("/api/events/campaigns")
@Tag(name = "Campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {

    public record CampaignView(UUID id, String name, UUID organizerId, LocalDate startsOn, LocalDate endsOn,
            String description, long version, Instant createdAt) {
        static CampaignView of(Campaign c) {
            return new CampaignView(c.id, c.name, c.organizerId, c.startsOn, c.endsOn, c.description, c.version,
                    c.createdAt);
        }
    }

    /** {@code amountDong} is a whole number of đồng. */
    public record ContributionView(UUID id, UUID campaignId, UUID organizationId, long amountDong,
            LocalDate contributedOn, String note, String recordedBy, long version, Instant createdAt) {
        static ContributionView of(Contribution c) {
            return new ContributionView(c.id, c.campaignId, c.organizationId, c.amountDong, c.contributedOn, c.note,
                    c.recordedBy, c.version, c.createdAt);
        }
    }

    @Inject
    CampaignService campaigns;

    @POST
    @RolesAllowed(Roles.BLOC_ADMIN)
    @Operation(summary = "Launch a campaign (bloc-admin): {name, organizerId, startsOn, endsOn, description?}")
    public Response create(@Valid CampaignService.Create request) {
        Campaign campaign = campaigns.create(request);
        return Response.created(URI.create("/api/events/campaigns/" + campaign.id))
                .tag(String.valueOf(campaign.version)).entity(CampaignView.of(campaign)).build();
    }

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Campaigns, latest first")
    public List<CampaignView> list() {
        return campaigns.list().stream().map(CampaignView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "A campaign (ETag = version)")
    public Response get(@PathParam("id") UUID id) {
        Campaign campaign = campaigns.get(id);
        return Response.ok(CampaignView.of(campaign)).tag(String.valueOf(campaign.version)).build();
    }

    @POST
    @Path("/{id}/contributions")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Record a contribution of an organization in your scope (and in the organizer's subtree): "
            + "{organizationId, amount (whole đồng > 0), contributedOn? (within the period; default today), note?}")
    public Response contribute(@PathParam("id") UUID id, @Valid CampaignService.Contribute request) {
        Contribution contribution = campaigns.contribute(id, request);
        return Response.created(URI.create("/api/events/campaigns/" + id + "/contributions/" + contribution.id))
                .entity(ContributionView.of(contribution)).build();
    }

    @GET
    @Path("/{id}/contributions")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Contributions recorded for one organization (not its subtree)")
    public List<ContributionView> contributions(@PathParam("id") UUID id,
            @QueryParam("organizationId") UUID organizationId) {
        if (organizationId == null) {
            throw ProblemException.invalidField("organizationId", "bắt buộc (required)");
        }
        return campaigns.contributions(id, organizationId).stream().map(ContributionView::of).toList();
    }

    @GET
    @Path("/{id}/totals")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Exact totals (whole đồng) of contributions by organizations in the subtree of "
            + "organizationId (default the organizer), with a line per contributing organization")
    public CampaignService.Totals totals(@PathParam("id") UUID id, @QueryParam("organizationId") UUID organizationId) {
        return campaigns.totals(id, organizationId);
    }
}
