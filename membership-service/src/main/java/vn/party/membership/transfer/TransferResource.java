package vn.party.membership.transfer;

import java.net.URI;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.problem.ProblemException;
import vn.party.common.security.Roles;
import vn.party.membership.organization.rest.AuditEntryView;

@Path("/api/membership/transfers")
@Tag(name = "Transfers", description = "Chuyển sinh hoạt đảng: official, temporary, internal, to and from outside the tree")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
public class TransferResource {

    @Inject
    TransferService transfers;

    @POST
    @Operation(summary = "Start a transfer: the sending side's secretary (the receiving side's for a member coming from"
            + " outside the tree) or bloc-admin; deadlines in working days, temporary durations per the policy")
    public Response start(@Valid TransferRequests.Start request) {
        MemberTransfer transfer = transfers.start(request);
        return Response.created(URI.create("/api/membership/transfers/" + transfer.id)).tag(etag(transfer))
                .entity(TransferView.of(transfer)).build();
    }

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "Transfers from or into an organization's subtree (organizationId), or a member's (memberId;"
            + " members read their own), oldest first")
    public List<TransferView> list(@QueryParam("organizationId") UUID organizationId,
            @QueryParam("memberId") UUID memberId) {
        if ((organizationId == null) == (memberId == null)) {
            throw ProblemException.invalidField("organizationId",
                    "cần đúng một trong organizationId và memberId (exactly one of organizationId and memberId)");
        }
        List<MemberTransfer> found = organizationId != null ? transfers.ofOrganization(organizationId)
                : transfers.ofMember(memberId);
        return found.stream().map(TransferView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "A transfer: visible to both sides in scope and to the member")
    public Response get(@PathParam("id") UUID id) {
        return ok(transfers.read(id));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed(Roles.BLOC_ADMIN)
    @Operation(summary = "Who changed this transfer, when, and what (bloc-admin)")
    public List<AuditEntryView> audit(@PathParam("id") UUID id) {
        return transfers.auditHistory(id).stream().map(AuditEntryView::of).toList();
    }

    @POST
    @Path("/{id}/receipt")
    @Operation(summary = "The member presented the letter: the receiving side's secretary (the sending side's when the"
            + " destination is outside the tree) records it; the member's organization changes now")
    public Response receipt(@PathParam("id") UUID id, @Valid TransferRequests.Receipt request) {
        return ok(transfers.receive(id, request));
    }

    @POST
    @Path("/{id}/cancellation")
    @Operation(summary = "Cancel a transfer in progress: either side's secretary or bloc-admin")
    public Response cancel(@PathParam("id") UUID id, @Valid TransferRequests.Cancellation request) {
        return ok(transfers.cancel(id, request));
    }

    private static Response ok(MemberTransfer transfer) {
        return Response.ok(TransferView.of(transfer)).tag(etag(transfer)).build();
    }

    private static EntityTag etag(MemberTransfer transfer) {
        return new EntityTag(Long.toString(transfer.version));
    }
}
