package vn.party.inspection.denunciation.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import vn.party.inspection.denunciation.DenunciationService;
import vn.party.inspection.discipline.member.MemberFactsReads;

@Path("/api/inspection/denunciations")
@Tag(name = "Denunciations", description = "Tố cáo: tiếp nhận (có thể ẩn danh, bảo vệ người tố cáo), phân công, giải quyết, thông báo")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DenunciationResource {

    @Inject
    DenunciationService denunciations;

    /** Member facts are read here, before the service opens its transaction (no remote call inside one). */
    @Inject
    MemberFactsReads memberFacts;

    @POST
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Take in a denunciation about a member or an organization in your subtree (denouncer null = anonymous)")
    public Response receive(@Valid DenunciationRequests.Receive request) {
        memberFacts.prefetch(request == null ? null : request.subjectMemberId());
        DenunciationService.Seen seen = denunciations.receive(request);
        return Response.created(URI.create("/api/inspection/denunciations/" + seen.denunciation().id))
                .entity(DenunciationView.of(seen)).build();
    }

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.INSPECTION_HEAD})
    @Operation(summary = "Denunciations about an organization's subtree, newest first; overdue=true for the overdue ones")
    public Page<DenunciationView> list(
            @QueryParam("organizationId") @NotNull(message = "bắt buộc (required)") UUID organizationId,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue, @Valid @BeanParam PageRequest page) {
        return denunciations.list(organizationId, overdue, page).map(DenunciationView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.INSPECTION_HEAD, Roles.ORG_SECRETARY})
    @Operation(summary = "Read: inspectors and the committee's head in scope, secretaries in scope once resolved; the denouncer only for the assigned inspector and bloc-admin")
    public DenunciationView get(@PathParam("id") UUID id) {
        return DenunciationView.of(denunciations.get(id));
    }

    @POST
    @Path("/{id}/assignment")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTION_HEAD})
    @Operation(summary = "Assign or re-assign the inspector (username) who handles it: bloc-admin or the inspection committee's"
            + " head in scope, never to themselves; the answer never carries the denouncer")
    public DenunciationView assign(@PathParam("id") UUID id, @Valid DenunciationRequests.Assign request) {
        return DenunciationView.of(denunciations.assign(id, request));
    }

    @POST
    @Path("/{id}/resolution")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Record the resolution (the assigned inspector or bloc-admin)")
    public DenunciationView resolve(@PathParam("id") UUID id, @Valid DenunciationRequests.Resolve request) {
        return DenunciationView.of(denunciations.resolve(id, request));
    }

    @POST
    @Path("/{id}/notice")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Record the notice of the resolution (the assigned inspector or bloc-admin)")
    public DenunciationView notice(@PathParam("id") UUID id, @Valid DenunciationRequests.Notice request) {
        return DenunciationView.of(denunciations.notice(id, request));
    }
}
