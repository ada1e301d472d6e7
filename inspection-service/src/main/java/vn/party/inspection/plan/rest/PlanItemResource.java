package vn.party.inspection.plan.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.security.Roles;
import vn.party.common.time.PartyClock;
import vn.party.inspection.discipline.member.MemberFactsReads;
import vn.party.inspection.plan.InspectionPlan;
import vn.party.inspection.plan.PlanItemService;

@Path("/api/inspection/plans/{planId}")
@Tag(name = "Inspection plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanItemResource {

    @Inject
    PlanItemService items;

    @Inject
    PartyClock clock;

    /** Member facts are read here, before the service opens its transaction (no remote call inside one). */
    @Inject
    MemberFactsReads memberFacts;

    @POST
    @Path("/items")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY})
    @Operation(summary = "Add an inspection or supervision of a target in the inspecting body's subtree")
    public Response add(@PathParam("planId") UUID planId, @Valid PlanItemRequests.Add request) {
        memberFacts.prefetch(request == null ? null : request.targetMemberId());
        PlanItemService.Located added = items.add(planId, request);
        return Response.created(URI.create("/api/inspection/plans/" + planId + "/items/" + added.item().id))
                .entity(PlanItemViews.ItemView.of(added.item(), added.plan().year, today())).build();
    }

    @GET
    @Path("/items")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY, Roles.INTEGRATION})
    @Operation(summary = "Items of a programme by planned month, paged, with their step and whether overdue")
    public Page<PlanItemViews.ItemView> list(@PathParam("planId") UUID planId, @Valid @BeanParam PageRequest page) {
        InspectionPlan plan = items.plan(planId);
        LocalDate today = today();
        return items.list(planId, page).map(item -> PlanItemViews.ItemView.of(item, plan.year, today));
    }

    @POST
    @Path("/items/{itemId}/progress")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY})
    @Operation(summary = "Move an item forward to a later step (or cancel it with a reason); send the version you read")
    public PlanItemViews.ItemView progress(@PathParam("planId") UUID planId, @PathParam("itemId") UUID itemId,
            @Valid PlanItemRequests.Progress request) {
        PlanItemService.Located moved = items.progress(planId, itemId, request);
        return PlanItemViews.ItemView.of(moved.item(), moved.plan().year, today());
    }

    @GET
    @Path("/progress")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY, Roles.INTEGRATION})
    @Operation(summary = "Progress of a programme: items per step, concluded (lượt), distinct organizations, overdue")
    public PlanItemViews.ProgressView summary(@PathParam("planId") UUID planId) {
        return items.summary(planId, today());
    }

    private LocalDate today() {
        return clock.today();
    }
}
