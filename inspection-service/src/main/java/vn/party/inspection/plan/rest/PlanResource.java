package vn.party.inspection.plan.rest;

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
import jakarta.ws.rs.PUT;
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
import vn.party.inspection.plan.InspectionPlan;
import vn.party.inspection.plan.PlanService;

@Path("/api/inspection/plans")
@Tag(name = "Inspection plans", description = "Chương trình kiểm tra, giám sát hằng năm")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    PlanService plans;

    @POST
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY})
    @Operation(summary = "Create the annual programme of an inspecting body in your scope (one per body and year)")
    public Response create(@Valid PlanRequests.Create request) {
        InspectionPlan plan = plans.create(request);
        return Response.created(URI.create("/api/inspection/plans/" + plan.id)).entity(PlanView.of(plan)).build();
    }

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY, Roles.INTEGRATION})
    @Operation(summary = "Programmes of one inspecting organization, newest year first, paged")
    public Page<PlanView> list(
            @QueryParam("organizationId") @NotNull(message = "bắt buộc (required)") UUID organizationId,
            @QueryParam("year") @Min(value = 1930, message = "năm không hợp lệ (year out of range)")
            @Max(value = 2200, message = "năm không hợp lệ (year out of range)") Integer year,
            @Valid @BeanParam PageRequest page) {
        return plans.list(organizationId, year, page).map(PlanView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY, Roles.INTEGRATION})
    @Operation(summary = "Read a programme")
    public PlanView get(@PathParam("id") UUID id) {
        return PlanView.of(plans.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY})
    @Operation(summary = "Rename a programme; send the version you read (409 if stale)")
    public PlanView update(@PathParam("id") UUID id, @Valid PlanRequests.Update request) {
        return PlanView.of(plans.update(id, request));
    }
}
