package vn.party.membership.leaving;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberService;
import vn.party.membership.member.rest.MemberViews;

@Path("/api/membership/members/{id}")
@Tag(name = "Leaving", description = "Xóa tên, ra khỏi Đảng, từ trần, miễn sinh hoạt")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeavingResource {

    @Inject
    LeavingService leaving;

    @Inject
    MemberService members;

    @POST
    @Path("/removal")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Xóa tên: remove an active member from the list on a fixed ground, with the decision → REMOVED")
    public Response remove(@PathParam("id") UUID id, @NotNull @Valid LeavingRequests.Removal request) {
        return ok(leaving.remove(id, request));
    }

    @POST
    @Path("/leaving")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Ra khỏi Đảng: voluntary leaving → LEFT; requires noPendingViolations=true (inspection"
            + " confirms later)")
    public Response leave(@PathParam("id") UUID id, @NotNull @Valid LeavingRequests.Leaving request) {
        return ok(leaving.leave(id, request));
    }

    @POST
    @Path("/death")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Từ trần: record the date of death → DECEASED (final)")
    public Response death(@PathParam("id") UUID id, @NotNull @Valid LeavingRequests.Death request) {
        return ok(leaving.recordDeath(id, request));
    }

    @POST
    @Path("/exemption")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Miễn sinh hoạt: exempt a probationary or official member, with reason and optional end → EXEMPTED")
    public Response exempt(@PathParam("id") UUID id, @NotNull @Valid LeavingRequests.Exemption request) {
        return ok(leaving.exempt(id, request));
    }

    @POST
    @Path("/exemption-end")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "End an exemption: back to the active status held before it")
    public Response endExemption(@PathParam("id") UUID id, @NotNull @Valid LeavingRequests.ExemptionEnd request) {
        return ok(leaving.endExemption(id, request));
    }

    private Response ok(Member member) {
        return Response.ok(MemberViews.Dossier.of(member, members.revealsNationalId(member)))
                .tag(new EntityTag(Long.toString(member.version))).build();
    }
}
