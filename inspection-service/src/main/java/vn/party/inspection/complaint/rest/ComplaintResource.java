package vn.party.inspection.complaint.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.security.Roles;
import vn.party.inspection.complaint.Complaint;
import vn.party.inspection.complaint.ComplaintService;

@Path("/api/inspection/complaints")
@Tag(name = "Complaints", description = "Khiếu nại kỷ luật: nộp trong thời hạn, cấp trên giải quyết (giữ nguyên, giảm, hủy)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    @Inject
    ComplaintService complaints;

    @POST
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY, Roles.MEMBER})
    @Operation(summary = "File a complaint against a decided case (the member, or staff on their behalf); 422 complaint.deadline after the window")
    public Response file(@Valid ComplaintRequests.File request) {
        Complaint k = complaints.file(request);
        return Response.created(URI.create("/api/inspection/complaints/" + k.id)).entity(ComplaintView.of(k)).build();
    }

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY})
    @Operation(summary = "Complaints about cases in an organization's subtree (secretaries: resolved only)")
    public Page<ComplaintView> list(@QueryParam("organizationId") @NotNull(message = "bắt buộc (required)") UUID organizationId,
            @Valid @BeanParam PageRequest page) {
        return complaints.list(organizationId, page).map(ComplaintView::of);
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "The calling member's complaints")
    public Page<ComplaintView> mine(@Valid @BeanParam PageRequest page) {
        return complaints.mine(page).map(ComplaintView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY, Roles.MEMBER})
    @Operation(summary = "Read a complaint: inspectors in scope, the member, secretaries in scope once resolved")
    public ComplaintView get(@PathParam("id") UUID id) {
        return ComplaintView.of(complaints.get(id));
    }

    @POST
    @Path("/{id}/resolution")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Resolve: UPHOLD, REDUCE to a lighter form, or ANNUL (both queue a restoring effect for membership)")
    public ComplaintView resolve(@PathParam("id") UUID id, @Valid ComplaintRequests.Resolve request) {
        return ComplaintView.of(complaints.resolve(id, request));
    }
}
