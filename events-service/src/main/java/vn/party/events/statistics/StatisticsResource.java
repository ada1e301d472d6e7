package vn.party.events.statistics;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;

@Path("/api/events/statistics")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "A subtree's figures for a calendar year (the events part of the year-end report): meetings "
            + "held per kind and attendance rate, follow-up tasks assigned/done/overdue, approved ratings with "
            + "percentages, campaign contributions (exact đồng as a string)")
    public StatisticsService.Statistics statistics(@QueryParam("organizationId") UUID organizationId,
            @QueryParam("year") Integer year,
            @Parameter(description = "ISO date the subtree is taken on: within the year or after it (default 31 December)")
            @QueryParam("asOf") String asOf) {
        return statistics.statistics(organizationId, year, asOf);
    }
}
