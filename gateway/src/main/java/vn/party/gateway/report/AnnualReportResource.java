package vn.party.gateway.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.time.AsOf;
import vn.party.common.time.PartyClock;
import vn.party.common.web.CorrelationId;
import vn.party.gateway.compose.QueryParams;
import vn.party.gateway.compose.UpstreamCalls;

@Path("/api/reports/annual")
@Tag(name = "Gateway: composed views")
public class AnnualReportResource {

    enum Format { JSON, XLSX, CSV }

    private final AnnualReportService reports;
    private final PartyClock clock;

    AnnualReportResource(AnnualReportService reports, PartyClock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GET
    @Authenticated
    @Produces({MediaType.APPLICATION_JSON, ReportFiles.XLSX, ReportFiles.CSV})
    @Operation(summary = "Year-end report of an organization's subtree with the previous year's figures and the change:"
            + " organizations and members, admissions, inspections and supervisions, discipline, ratings,"
            + " meetings, campaigns, commendations",
            description = "Composed from membership, inspection and events (statistics for the year and the year"
                    + " before, asked in parallel with your token). Percentages are recomputed from counts, rounded"
                    + " half-up to one decimal. JSON, xlsx or CSV (UTF-8 with BOM): format=json|xlsx|csv, or the"
                    + " Accept header. membership decides who may read it (its 401/403/404 for the organization is"
                    + " the answer); a source that does not answer or refuses is marked in its sections (JSON: status"
                    + " and partial: true; xlsx/CSV: a \"Không có số liệu\" line) — never shown as zeros.")
    @APIResponse(responseCode = "200", description = "The report, possibly partial", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReport.class)),
            @Content(mediaType = ReportFiles.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportFiles.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "403", description = "membership refused the organization's figures",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "No source answered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("organizationId") String organizationIdParam,
            @Parameter(required = true, description = "1931 to the current year",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String yearParam,
            @Parameter(description = "json, xlsx or csv; overrides Accept") @QueryParam("format") String format,
            @Parameter(description = "ISO date every source takes the subtree on for the year: within the year or"
                    + " after it (default 31 December)") @QueryParam("asOf") String asOfParam,
            @Context HttpHeaders headers,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(CorrelationId.HEADER) String requestId) {
        UUID organizationId = QueryParams.uuid("organizationId", organizationIdParam);
        Integer year = QueryParams.year("year", yearParam, 1931, clock.year());
        if (year == null) {
            throw ProblemException.invalidField("year", "bắt buộc (required)");
        }
        LocalDate asOf = AsOf.of(asOfParam, year);
        Format chosen = format != null ? parse(format) : negotiate(headers.getAcceptableMediaTypes());
        return reports.report(organizationId, year, asOf, new UpstreamCalls.Caller(authorization, requestId))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(report -> render(report, chosen));
    }

    private static Response render(AnnualReport report, Format format) {
        String fileName = "bao-cao-nam-" + report.year() + "-" + report.organizationId();
        return switch (format) {
            case JSON -> Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
            case XLSX -> Response.ok(ReportFiles.xlsx(report), ReportFiles.XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + ".xlsx\"").build();
            case CSV -> Response.ok(ReportFiles.csv(report), ReportFiles.CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"").build();
        };
    }

    private static Format parse(String format) {
        try {
            return Format.valueOf(format.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("format", "phải là json, xlsx hoặc csv (must be json, xlsx or csv)");
        }
    }

    /** The first acceptable type (Accept is sorted by preference) that the report comes in; JSON for a wildcard. */
    private static Format negotiate(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return Format.JSON;
            }
            if (type.isCompatible(MediaType.valueOf(ReportFiles.XLSX))) {
                return Format.XLSX;
            }
            if (type.isCompatible(MediaType.valueOf(ReportFiles.CSV))) {
                return Format.CSV;
            }
        }
        return Format.JSON;
    }
}
