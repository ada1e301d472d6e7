package vn.party.inspection.statistics.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;
import vn.party.common.time.AsOf;
import vn.party.inspection.statistics.StatisticsService;

@Path("/api/inspection/statistics")
@Tag(name = "Statistics", description = "Số liệu kiểm tra, giám sát, kỷ luật trong năm của một cây tổ chức")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY})
    @Operation(summary = "The year's figures of an organization's subtree: inspections (lượt, distinct organizations and members,"
            + " by kind), signs of violation, supervisions, discipline by form, suspensions, complaints, denunciations")
    public StatisticsView year(
            @QueryParam("organizationId") @NotNull(message = "bắt buộc (required)") UUID organizationId,
            @QueryParam("year") @NotNull(message = "bắt buộc (required)")
            @Min(value = 1930, message = "năm không hợp lệ (year out of range)")
            @Max(value = 2200, message = "năm không hợp lệ (year out of range)") Integer year,
            @QueryParam("inspectingBodyId") UUID inspectingBodyId,
            @Parameter(description = "ISO date the subtree is taken on: within the year or after it (default 31 December)")
            @QueryParam("asOf") String asOf) {
        return statistics.year(organizationId, year, AsOf.of(asOf, year), inspectingBodyId);
    }
}
