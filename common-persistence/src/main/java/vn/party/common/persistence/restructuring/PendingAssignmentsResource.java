package vn.party.common.persistence.restructuring;

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

import vn.party.common.security.CallerContext;
import vn.party.common.security.Roles;

/**
 * The open records of a split organization, or of one dissolved without receiver, waiting for the bloc office to give
 * each to a successor (or an active organization). Each service extends it with its own {@code @Path}
 * ({@code /api/<service>/restructuring/pending-assignments}) and tag. Bloc-admin only.
 */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.BLOC_ADMIN)
public abstract class PendingAssignmentsResource {

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
