package vn.party.membership.member.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.Roles;
import vn.party.membership.member.rest.MemberFilter;

/** Import members from a CSV/xlsx file, export the filtered register (docs/member-import.md). */
@Path("/api/membership/members")
@Tag(name = "Members: import and export", description = "Nhập / xuất danh sách đảng viên (CSV, Excel)")
public class MemberExchangeResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String IMPORT_NOTE = "Columns (Vietnamese headers, matched without accents or case), "
            + "dates, CCCD handling and an example: docs/member-import.md. mode=all-or-nothing (default) refuses the "
            + "whole file with 422 if any row is invalid, naming each row and column; mode=valid-rows imports the "
            + "valid rows and reports the others; dryRun=true only checks. bloc-admin, or org-secretary when every "
            + "target organization is in their subtree (else 403).";

    @Inject
    MemberImport importer;

    @Inject
    MemberExport exporter;

    /** The multipart form a browser sends: one file field named {@code file}. */
    public static class ImportForm {
        @RestForm("file")
        @Schema(type = SchemaType.STRING, format = "binary", description = "The .csv or .xlsx file")
        public FileUpload file;
    }

    @POST
    @Path("/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Import members from an uploaded file (multipart/form-data, field \"file\")",
            description = IMPORT_NOTE)
    @APIResponse(responseCode = "200", description = "Imported (or checked): the per-row report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "all-or-nothing and some rows are invalid: nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = ImportReport.Refused.class)))
    public Response importForm(ImportForm form,
            @QueryParam("organizationId") @Parameter(description = "Organization for rows without a \"Mã tổ chức\"")
            UUID organizationId,
            @QueryParam("mode") @DefaultValue("all-or-nothing") String mode,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        if (form == null || form.file == null) {
            throw new ProblemException(ProblemType.VALIDATION, "file: bắt buộc (required)",
                    java.util.List.of(new Problem.FieldError("file", "bắt buộc: tệp .csv hoặc .xlsx (required)")));
        }
        byte[] content;
        try {
            content = Files.readAllBytes(form.file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run(content, form.file.fileName(), organizationId, mode, dryRun, uri);
    }

    @POST
    @Path("/imports")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Import members from the raw file body (Content-Type text/csv or the xlsx type)",
            description = IMPORT_NOTE)
    @RequestBody(content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Imported (or checked): the per-row report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "all-or-nothing and some rows are invalid: nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = ImportReport.Refused.class)))
    public Response importBody(byte[] content,
            @QueryParam("organizationId") UUID organizationId,
            @QueryParam("mode") @DefaultValue("all-or-nothing") String mode,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("fileName") @Size(max = 255, message = "tối đa 255 ký tự (at most 255 characters)")
            String fileName,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        return run(content == null ? new byte[0] : content, fileName, organizationId, mode, dryRun, uri);
    }

    private Response run(byte[] content, String fileName, UUID organizationId, String mode, boolean dryRun,
            UriInfo uri) {
        MemberImport.Mode parsedMode = MemberImport.Mode.parse(mode);
        MemberImport.Outcome outcome = importer.run(content, fileName, organizationId, parsedMode, dryRun);
        ImportReport report = outcome.report();
        if (!outcome.refused() || dryRun) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        String detail = "%d/%d dòng không hợp lệ; không ghi dòng nào (%d of %d rows are invalid; nothing was imported)"
                .formatted(report.invalidRows(), report.totalRows(), report.invalidRows(), report.totalRows());
        ProblemType type = ProblemType.RULE_VIOLATION;
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(new ImportReport.Refused(type.uri(), type.title(), type.status(), detail,
                        uri.getRequestUri().getRawPath(), report.errors(), report.errorsNotListed(),
                        report.totalRows(), report.validRows(), report.invalidRows(), 0))
                .build();
    }

    @GET
    @Path("/export")
    @Produces({XLSX, "text/csv"})
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR})
    @Operation(summary = "Export the filtered register as xlsx or CSV (all matching members, in list order)",
            description = "Same filters as GET /api/membership/members. Vietnamese headers (the import columns, "
                    + "so the file imports again), dates dd/MM/yyyy, CCCD masked unless you may see it. CSV is "
                    + "UTF-8 with a BOM, comma-separated. Each export is audited (filter, format, row count). "
                    + "bloc-admin; secretary and inspector within scope.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment",
            content = {@Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response export(
            @QueryParam("format") @DefaultValue("xlsx") @Parameter(description = "xlsx (default) or csv") String format,
            @Valid @BeanParam MemberFilter filter) {
        MemberExport.Format fileFormat = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "xlsx" -> MemberExport.Format.XLSX;
            case "csv" -> MemberExport.Format.CSV;
            default -> throw ProblemException.invalidField("format", "xlsx hoặc csv (xlsx or csv)");
        };
        // authorized, validated and audited here, while an error can still be a problem+json response
        MemberExport.Prepared export = exporter.prepare(filter.criteria(), fileFormat);
        StreamingOutput body = out -> exporter.write(export, out);
        return Response.ok(body)
                .header(HttpHeaders.CONTENT_TYPE, export.mediaType())
                .header("Content-Disposition", contentDisposition(export.fileName()))
                .header("X-Total-Count", export.rows())
                .build();
    }

    /** ASCII name for every client, and the Vietnamese one (RFC 5987) for those that read {@code filename*}. */
    static String contentDisposition(String asciiName) {
        String vietnamese = asciiName.replace("danh-sach-dang-vien", "danh-sách-đảng-viên");
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(vietnamese, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
