package vn.party.gateway.warnings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
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

import vn.party.common.paging.PageRequest;
import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.time.PartyClock;
import vn.party.common.web.CorrelationId;
import vn.party.gateway.compose.QueryParams;
import vn.party.gateway.compose.UpstreamCalls;

@Path("/api/reports/dues-warnings")
@Tag(name = "Gateway: composed views", description = "Answers the gateway composes from several services")
@Produces(MediaType.APPLICATION_JSON)
public class DuesWarningsResource {

    private final DuesWarningsService warnings;

    DuesWarningsResource(DuesWarningsService warnings) {
        this.warnings = warnings;
    }

    @GET
    @Authenticated
    @Operation(summary = "The removal-warning list of a subtree (dues and absences): members on the roll with at least"
            + " the policy's number (3) of unpaid months (membership) or of months absent without reason from the"
            + " monthly cell meeting (events), among the ended months of `year` as of `asOf`; each item says why"
            + " (reasons DUES, ATTENDANCE). Never removes anyone",
            description = "Both halves are asked in parallel with your token, each within its own timeout; each"
                    + " service applies your scope (bloc-admin; secretary, inspector within their subtree)."
                    + " membership's 401, 403 or 404 for the organization is the answer. A half that is unavailable or"
                    + " refused is marked in `dues`/`attendance` and the list is that of the other half, partial: true."
                    + " Members listed by attendance only carry no name or dues figures (events does not hold the"
                    + " register).")
    @APIResponse(responseCode = "200", description = "The list, possibly partial",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DuesWarningList.class)))
    @APIResponse(responseCode = "400", description = "organizationId, year or asOf missing or invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "membership refused the organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DuesWarningList> get(
            @Parameter(description = "The subtree's root", required = true, schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(description = "1930–2200, not after asOf's year; default: asOf's year",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year,
            @Parameter(description = "YYYY-MM-DD; default: today in Vietnam",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf") String asOf,
            @Valid @BeanParam PageRequest page,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(CorrelationId.HEADER) String requestId) {
        var organization = QueryParams.uuid("organizationId", organizationId);
        LocalDate date = date(asOf);
        Integer chosen = QueryParams.year("year", year, 1930, 2200);
        int y = chosen != null ? chosen : date.getYear();
        if (y > date.getYear()) {
            throw ProblemException.invalidField("year", "năm chưa bắt đầu vào ngày asOf (the year has not started on asOf)");
        }
        return warnings.compose(organization, y, date, page, new UpstreamCalls.Caller(authorization, requestId));
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return PartyClock.date();
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("asOf", "phải là ngày YYYY-MM-DD (must be a date YYYY-MM-DD)");
        }
    }
}
