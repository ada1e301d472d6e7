package vn.party.events.restructuring;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.persistence.restructuring.AssignRequest;
import vn.party.common.persistence.restructuring.OpenRecordSuccession;
import vn.party.common.persistence.restructuring.PendingAssignment;
import vn.party.common.security.CallerContext;
import vn.party.common.security.Roles;

/**
 * Open follow-up tasks of a split organization, waiting for the bloc office to give each to one of the
 * successors (the same endpoints exist in membership-service and inspection-service). Bloc-admin only.
 */
@Path("/api/events/restructuring/pending-assignments")
@Tag(name = "Restructuring", description = "Hồ sơ đang mở của tổ chức bị chia tách, chờ giao cho tổ chức kế thừa")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.BLOC_ADMIN)
public class PendingAssignmentResource {

    @Inject
    OpenRecordSuccession succession;

    @Inject
    CallerContext callerContext;

    @GET
    @Operation(summary = "Open records of split or dissolved organizations not yet assigned, oldest first")
    public List<PendingAssignment> pending() {
        return succession.pending();
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the record to one of the split's successors, or after a dissolution without receiver to"
            + " an organization active today (422 naming organizationId otherwise), and move it there; the move is"
            + " recorded in the record's history")
    public PendingAssignment assign(@PathParam("id") UUID id, @Valid @NotNull AssignRequest request) {
        return succession.assign(id, request.organizationId(), callerContext.caller().name());
    }
}
