package vn.party.gateway.dossier;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

import vn.party.common.problem.Problem;
import vn.party.common.time.PartyClock;
import vn.party.common.web.CorrelationId;
import vn.party.gateway.compose.QueryParams;
import vn.party.gateway.compose.UpstreamCalls;

@Path("/api/members/{id}/dossier")
@Tag(name = "Gateway: composed views", description = "Answers the gateway composes from several services")
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

    private final DossierService dossiers;
    private final PartyClock clock;

    DossierResource(DossierService dossiers, PartyClock clock) {
        this.dossiers = dossiers;
        this.clock = clock;
    }

    @GET
    @Authenticated
    @Operation(summary = "A member's dossier in one answer: record and status history (membership), discipline and"
            + " inspections (inspection), attendance, ratings and commendations (events)",
            description = "The parts are asked in parallel with your token, each within its own timeout. Who may"
                    + " read the dossier is decided by membership's answer for the member's record: its 401, 403"
                    + " or 404 is the dossier's answer, and while membership is unavailable there is no decision,"
                    + " so the answer is 503. Any other part that is unavailable or refused is marked in its"
                    + " section and the dossier is still 200 with partial: true.")
    @APIResponse(responseCode = "200", description = "The dossier, possibly partial",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberDossier.class)))
    @APIResponse(responseCode = "403", description = "membership refused the member's record",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "membership is unavailable: no authorization decision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<MemberDossier> get(@PathParam("id") UUID id,
            @Parameter(description = "Attendance year, 1930–2200; default: the current year",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(CorrelationId.HEADER) String requestId) {
        Integer chosen = QueryParams.year("year", year, 1930, 2200);
        int attendanceYear = chosen != null ? chosen : clock.year();
        return dossiers.compose(id, attendanceYear, new UpstreamCalls.Caller(authorization, requestId));
    }
}
