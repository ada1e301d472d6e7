package vn.party.inspection.inspection.rest;

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
import vn.party.common.problem.ProblemException;
import vn.party.common.security.Roles;
import vn.party.inspection.discipline.DisciplineCase;
import vn.party.inspection.discipline.member.MemberFactsReads;
import vn.party.inspection.discipline.rest.DisciplineViews;
import vn.party.inspection.inspection.Inspection;
import vn.party.inspection.inspection.InspectionKind;
import vn.party.inspection.inspection.InspectionService;
import vn.party.inspection.inspection.InspectionStatus;

@Path("/api/inspection/inspections")
@Tag(name = "Inspections", description = "Cuộc kiểm tra: quyết định, đoàn, kế hoạch, thông báo, báo cáo, thẩm tra, kết luận")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionResource {

    @Inject
    InspectionService inspections;

    /** Member facts are read here, before the service opens its transaction (no remote call inside one). */
    @Inject
    MemberFactsReads memberFacts;

    @POST
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Open an inspection of an organization or a member in the inspecting body's subtree, optionally for a programme item")
    public Response open(@Valid InspectionRequests.Open request) {
        memberFacts.prefetch(request == null ? null : request.targetMemberId());
        Inspection i = inspections.open(request);
        return withTag(Response.created(URI.create("/api/inspection/inspections/" + i.id)), inspections.detail(i));
    }

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY, Roles.MEMBER})
    @Operation(summary = "Inspections about an organization's subtree, paged; filters: year (of the decision), kind, status, target member."
            + " Secretaries see notified conclusions only. Without organizationId, targetMemberId is required: inspections"
            + " of that member for staff whose scope holds the member's current organization, or for the member themselves"
            + " (notified only) — the member dossier's view")
    public Page<InspectionViews.Summary> list(
            @QueryParam("organizationId") UUID organizationId,
            @QueryParam("year") @Min(value = 1930, message = "năm không hợp lệ (year out of range)")
            @Max(value = 2200, message = "năm không hợp lệ (year out of range)") Integer year,
            @QueryParam("kind") InspectionKind kind,
            @QueryParam("status") InspectionStatus status,
            @QueryParam("targetMemberId") UUID targetMemberId,
            @Valid @BeanParam PageRequest page) {
        InspectionService.Filter filter = new InspectionService.Filter(year, kind, status, targetMemberId);
        if (organizationId == null) {
            if (targetMemberId == null) {
                throw ProblemException.invalidField("organizationId",
                        "bắt buộc khi không có targetMemberId (required unless targetMemberId is given)");
            }
            return inspections.aboutMember(filter, page).map(InspectionViews.Summary::of);
        }
        return inspections.list(organizationId, filter, page).map(InspectionViews.Summary::of);
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Notified conclusions of inspections of the calling member")
    public Page<InspectionViews.ConclusionView> mine(@Valid @BeanParam PageRequest page) {
        return inspections.mine(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY})
    @Operation(summary = "Read an inspection with its steps, documents, findings and discipline cases (secretaries: once notified)")
    public Response get(@PathParam("id") UUID id) {
        return withTag(Response.ok(), inspections.get(id));
    }

    @POST
    @Path("/{id}/steps")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Record the next step (date, document number, attachments); out of order or dated before the previous step → 422")
    public Response recordStep(@PathParam("id") UUID id, @Valid InspectionRequests.RecordStep request) {
        return withTag(Response.ok(), inspections.detail(inspections.recordStep(id, request)));
    }

    @POST
    @Path("/{id}/findings")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Add a finding (text, severity) until the conclusion is notified")
    public Response addFinding(@PathParam("id") UUID id, @Valid InspectionRequests.AddFinding request) {
        return withTag(Response.ok(), inspections.detail(inspections.addFinding(id, request)));
    }

    @POST
    @Path("/{id}/discipline-cases")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Open a discipline case from a conclusion of VIOLATION_FOUND, in one transaction (otherwise 422)")
    public Response openDisciplineCase(@PathParam("id") UUID id, @Valid InspectionRequests.OpenCase request) {
        memberFacts.prefetch(request == null ? null : request.targetMemberId(),
                Inspection.<Inspection>findByIdOptional(id).map(inspection -> {
                    Inspection.getEntityManager().detach(inspection); // read outside the transaction: not kept
                    return inspection.targetMemberId;
                }).orElse(null));
        DisciplineCase c = inspections.openDisciplineCase(id, request);
        return Response.created(URI.create("/api/inspection/discipline/cases/" + c.id)).entity(DisciplineViews.CaseView.of(c)).build();
    }

    private static Response withTag(Response.ResponseBuilder builder, InspectionViews.Detail detail) {
        return builder.tag(new EntityTag(Long.toString(detail.version()))).entity(detail).build();
    }
}
