package vn.party.inspection.supervision.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.security.Roles;
import vn.party.inspection.discipline.member.MemberFactsReads;
import vn.party.inspection.inspection.Inspection;
import vn.party.inspection.inspection.InspectionService;
import vn.party.inspection.supervision.Supervision;
import vn.party.inspection.supervision.SupervisionKind;
import vn.party.inspection.supervision.SupervisionService;

@Path("/api/inspection/supervisions")
@Tag(name = "Supervisions", description = "Giám sát thường xuyên, chuyên đề; chuyển kiểm tra khi có dấu hiệu vi phạm")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    @Inject
    SupervisionService supervisions;

    @Inject
    InspectionService inspections;

    /** Member facts are read here, before the service opens its transaction (no remote call inside one). */
    @Inject
    MemberFactsReads memberFacts;

    @POST
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Open a regular or thematic supervision of an organization or a member over a period")
    public Response open(@Valid SupervisionRequests.Open request) {
        memberFacts.prefetch(request == null ? null : request.targetMemberId());
        Supervision s = supervisions.open(request);
        return Response.created(URI.create("/api/inspection/supervisions/" + s.id)).tag(new EntityTag(Long.toString(s.version)))
                .entity(view(s)).build();
    }

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY})
    @Operation(summary = "Supervisions about an organization's subtree, paged; filters: year (of the period's start), kind, target member")
    public Page<SupervisionViews.SupervisionView> list(
            @QueryParam("organizationId") @NotNull(message = "bắt buộc (required)") UUID organizationId,
            @QueryParam("year") @Min(value = 1930, message = "năm không hợp lệ (year out of range)")
            @Max(value = 2200, message = "năm không hợp lệ (year out of range)") Integer year,
            @QueryParam("kind") SupervisionKind kind,
            @QueryParam("targetMemberId") UUID targetMemberId,
            @Valid @BeanParam PageRequest page) {
        return supervisions.list(organizationId, new SupervisionService.Filter(year, kind, targetMemberId), page).map(this::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY})
    @Operation(summary = "Read a supervision and its findings")
    public Response get(@PathParam("id") UUID id) {
        Supervision s = supervisions.get(id);
        return Response.ok(view(s)).tag(new EntityTag(Long.toString(s.version))).build();
    }

    @POST
    @Path("/{id}/findings")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Add a finding (text, severity); send the supervision's version")
    public Response addFinding(@PathParam("id") UUID id, @Valid SupervisionRequests.AddFinding request) {
        Supervision s = supervisions.addFinding(id, request);
        return Response.ok(view(s)).tag(new EntityTag(Long.toString(s.version))).build();
    }

    @POST
    @Path("/{id}/findings/{findingId}/escalation")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Escalate a finding to an inspection on signs of violation of the same target (once), linked both ways")
    public Response escalate(@PathParam("id") UUID id, @PathParam("findingId") UUID findingId,
            @Valid SupervisionRequests.Escalate request) {
        Inspection inspection = supervisions.escalate(id, findingId, request);
        return Response.created(URI.create("/api/inspection/inspections/" + inspection.id))
                .entity(inspections.detail(inspection)).build();
    }

    private SupervisionViews.SupervisionView view(Supervision s) {
        return SupervisionViews.SupervisionView.of(s, supervisions.findings(s.id));
    }
}
