package vn.party.membership.organization.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
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
import vn.party.membership.organization.restructure.Restructuring;
import vn.party.membership.organization.restructure.RestructuringService;

/**
 * One endpoint per restructuring, each effective-dated and recorded in the organization's history
 * ({@code GET /{id}/history}) and audit trail. Bloc-admin anywhere; an org-secretary inside their subtree
 * (targets included) but not on their own organization; others 403. A stale {@code version} is a 409, a
 * broken rule a 422 naming it, dissolving a non-empty organization without {@code transferToId} a 409.
 */
@Path("/api/membership/organizations")
@Tag(name = "Organization restructuring", description = "Tái cấu trúc tổ chức đảng: đổi tên, chuyển, nâng cấp,"
        + " sáp nhập, chia tách, giải thể")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
public class RestructuringResource {

    @Inject
    RestructuringService restructuring;

    @POST
    @Path("/{id}/rename")
    @Operation(summary = "Rename from effectiveOn (đổi tên)")
    public Response rename(@PathParam("id") UUID id, @Valid RestructuringRequests.Rename request) {
        return ok(restructuring.rename(id, request));
    }

    @POST
    @Path("/{id}/move")
    @Operation(summary = "Place under another parent from effectiveOn; placement rules apply, cycles are refused")
    public Response move(@PathParam("id") UUID id, @Valid RestructuringRequests.Move request) {
        return ok(restructuring.move(id, request));
    }

    @POST
    @Path("/{id}/upgrade")
    @Operation(summary = "Upgrade a cell to a committee from effectiveOn (chi bộ cơ sở → đảng bộ cơ sở,"
            + " chi bộ trực thuộc → đảng bộ bộ phận)")
    public Response upgrade(@PathParam("id") UUID id, @Valid RestructuringRequests.Upgrade request) {
        return ok(restructuring.upgrade(id, request));
    }

    @POST
    @Path("/{id}/merge")
    @Operation(summary = "Merge into targetId (sáp nhập): active members and sub-units move there; this organization"
            + " becomes MERGED with successorId = targetId")
    public Response merge(@PathParam("id") UUID id, @Valid RestructuringRequests.Merge request) {
        return ok(restructuring.merge(id, request));
    }

    @POST
    @Path("/{id}/split")
    @Operation(summary = "Split into new organizations created in the same call (chia tách), each given its members"
            + " and sub-units; this organization becomes SPLIT with the new ones as successors")
    public Response split(@PathParam("id") UUID id, @Valid RestructuringRequests.Split request) {
        return ok(restructuring.split(id, request));
    }

    @POST
    @Path("/{id}/dissolve")
    @Operation(summary = "Dissolve (giải thể); an organization with active members or sub-units needs transferToId")
    public Response dissolve(@PathParam("id") UUID id, @Valid RestructuringRequests.Dissolve request) {
        return ok(restructuring.dissolve(id, request));
    }

    private static Response ok(Restructuring done) {
        return Response.ok(RestructuringResult.of(done))
                .tag(new EntityTag(Long.toString(done.organization().version)))
                .build();
    }
}
