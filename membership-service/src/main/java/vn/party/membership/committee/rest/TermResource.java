package vn.party.membership.committee.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.security.Roles;
import vn.party.membership.committee.CommitteeTerm;
import vn.party.membership.committee.service.AssignmentDetails;
import vn.party.membership.committee.service.AssignmentService;
import vn.party.membership.committee.service.TermService;
import vn.party.membership.organization.rest.AuditEntryView;

@Path("/api/membership/terms")
@Tag(name = "Committees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermResource {

    @Inject
    TermService terms;

    @Inject
    AssignmentService assignments;

    @GET
    @Path("/{termId}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Read a term")
    public Response get(@PathParam("termId") UUID termId) {
        return ok(terms.get(termId));
    }

    @PUT
    @Path("/{termId}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Edit label, dates and congress; send the version you read (409 if stale)")
    public Response update(@PathParam("termId") UUID termId, @Valid TermRequests.Update request) {
        return ok(terms.update(termId, request));
    }

    @POST
    @Path("/{termId}/close")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Close the term on closedOn; posts still held end that day (kept as history)")
    public Response close(@PathParam("termId") UUID termId, @Valid TermRequests.Close request) {
        return ok(terms.close(termId, request));
    }

    @POST
    @Path("/{termId}/assignments")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Appoint an official member of the organization's subtree to a committee or UBKT post")
    public Response appoint(@PathParam("termId") UUID termId, @Valid AssignmentRequests.Create request) {
        AssignmentDetails created = assignments.appoint(termId, request);
        return Response.created(URI.create("/api/membership/assignments/" + created.assignment().id))
                .tag(new EntityTag(Long.toString(created.assignment().version)))
                .entity(AssignmentView.of(created))
                .build();
    }

    @GET
    @Path("/{termId}/assignments")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Every post recorded in the term, current and ended, in the order they began, paged")
    public Page<AssignmentView> assignments(@PathParam("termId") UUID termId, @Valid @BeanParam PageRequest page) {
        return assignments.list(termId, page).map(AssignmentView::of);
    }

    @GET
    @Path("/{termId}/audit")
    @RolesAllowed(Roles.BLOC_ADMIN)
    @Operation(summary = "Who changed this term, when, and what (bloc-admin)")
    public List<AuditEntryView> audit(@PathParam("termId") UUID termId) {
        return terms.auditHistory(termId).stream().map(AuditEntryView::of).toList();
    }

    private static Response ok(CommitteeTerm term) {
        return Response.ok(TermView.of(term)).tag(new EntityTag(Long.toString(term.version))).build();
    }
}
