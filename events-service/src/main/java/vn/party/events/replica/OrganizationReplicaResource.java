package vn.party.events.replica;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;
import vn.party.replica.OrganizationReplicaAdmin;

/** This service's copy of membership's organization tree (organization-replica): its state and a rebuild from zero. */
@Path("/api/events/organization-replica")
@Tag(name = "Organization replica", description = "The local copy of membership's organization tree")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.BLOC_ADMIN)
public class OrganizationReplicaResource {

    @Inject
    OrganizationReplicaAdmin admin;

    @GET
    @Operation(summary = "The replica's state: applied position (cursor), membership's head when last polled, the lag"
            + " between them, the last successful poll and the last failure (bloc-admin)")
    public OrganizationReplicaAdmin.Status status() {
        return admin.status();
    }

    /** Why the replica is rebuilt: kept in the audit row. */
    public record RebuildRequest(
            @NotBlank(message = "bắt buộc (required)")
            @Size(max = 500, message = "tối đa 500 ký tự (at most 500 characters)") String reason) {
    }

    @POST
    @Path("/rebuild")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rebuild from zero (bloc-admin, audited): empties the replica and resets the cursor; the next"
            + " polls replay membership's organization feed from the beginning. A reason is required (kept in the audit"
            + " row). Answers 202 with the reset state")
    public Response rebuild(@NotNull(message = "bắt buộc (required)") @Valid RebuildRequest request) {
        return Response.accepted(admin.rebuild(request.reason().trim())).build();
    }
}
