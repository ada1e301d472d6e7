package vn.party.membership.committee.rest;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;
import vn.party.membership.committee.service.AssignmentDetails;
import vn.party.membership.committee.service.AssignmentService;
import vn.party.membership.organization.rest.AuditEntryView;

@Path("/api/membership/assignments")
@Tag(name = "Committees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentResource {

    @Inject
    AssignmentService assignments;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Read a committee post")
    public Response get(@PathParam("id") UUID id) {
        return ok(assignments.get(id));
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "End a post from toDate (first day out of post); send the version you read (409 if stale)")
    public Response end(@PathParam("id") UUID id, @Valid AssignmentRequests.End request) {
        return ok(assignments.end(id, request));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed(Roles.BLOC_ADMIN)
    @Operation(summary = "Who recorded or ended this post, when, and what (bloc-admin)")
    public List<AuditEntryView> audit(@PathParam("id") UUID id) {
        return assignments.auditHistory(id).stream().map(AuditEntryView::of).toList();
    }

    private static Response ok(AssignmentDetails details) {
        return Response.ok(AssignmentView.of(details))
                .tag(new EntityTag(Long.toString(details.assignment().version)))
                .build();
    }
}
