package vn.party.inspection.discipline.rest;

import java.net.URI;
import java.time.LocalDate;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.Roles;
import vn.party.contracts.discipline.DisciplineDecision;
import vn.party.inspection.discipline.CaseStatus;
import vn.party.inspection.discipline.DisciplineCase;
import vn.party.inspection.discipline.DisciplineService;
import vn.party.inspection.discipline.Suspension;
import vn.party.inspection.discipline.SuspensionService;
import vn.party.inspection.discipline.member.MemberFactsReads;

@Path("/api/inspection/discipline")
@Tag(name = "Discipline", description = "Kỷ luật đảng: vụ việc, quyết định, đình chỉ sinh hoạt")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisciplineResource {

    @Inject
    DisciplineService cases;

    @Inject
    SuspensionService suspensions;

    /** Member facts are read here, before the service opens its transaction (no remote call inside one). */
    @Inject
    MemberFactsReads memberFacts;

    @POST
    @Path("/cases")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Open a discipline case against a member or an organization in your committee's subtree")
    public Response create(@Valid DisciplineRequests.CreateCase request) {
        memberFacts.prefetch(request == null ? null : request.targetMemberId());
        DisciplineCase c = cases.create(request);
        return Response.created(URI.create("/api/inspection/discipline/cases/" + c.id))
                .entity(DisciplineViews.CaseView.of(c)).build();
    }

    @GET
    @Path("/cases")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY, Roles.MEMBER})
    @Operation(summary = "Cases in an organization's subtree, newest first (secretaries: decided cases only); optional"
            + " filters memberId, status (OPEN, DECIDED), decidedFrom and decidedTo (decision dates, inclusive)."
            + " Without organizationId, memberId is required: every case about that member wherever it was recorded,"
            + " for staff whose scope holds the member's current organization, or for the member themselves"
            + " (decided cases only) — the member dossier's view")
    public Page<DisciplineViews.CaseView> list(
            @QueryParam("organizationId") UUID organizationId,
            @QueryParam("memberId") String memberId,
            @QueryParam("status") String status,
            @QueryParam("decidedFrom") String decidedFrom,
            @QueryParam("decidedTo") String decidedTo,
            @Valid @BeanParam PageRequest page) {
        LocalDate from = QueryParams.date("decidedFrom", decidedFrom);
        LocalDate to = QueryParams.date("decidedTo", decidedTo);
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalidField("decidedFrom", "không được sau decidedTo (must not be after decidedTo)");
        }
        DisciplineService.CaseFilter filter = new DisciplineService.CaseFilter(QueryParams.uuid("memberId", memberId),
                QueryParams.enumValue("status", status, CaseStatus.class), from, to);
        if (organizationId == null) {
            if (filter.memberId() == null) {
                throw ProblemException.invalidField("organizationId",
                        "bắt buộc khi không có memberId (required unless memberId is given)");
            }
            return cases.aboutMember(filter, page).map(DisciplineViews.CaseView::of);
        }
        return cases.list(organizationId, filter, page).map(DisciplineViews.CaseView::of);
    }

    @GET
    @Path("/decisions")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY, Roles.MEMBER})
    @Operation(summary = "Decisions of a year in an organization's subtree (members and organizations), newest first;"
            + " annulled ones have status ANNULLED. Members read their own only (contract"
            + " vn.party.contracts.discipline.DisciplineDecisionPage)")
    public Page<DisciplineDecision> decisions(
            @QueryParam("organizationId") @NotNull(message = "bắt buộc (required)") UUID organizationId,
            @QueryParam("year") @NotNull(message = "bắt buộc (required)")
            @Min(value = 1930, message = "năm không hợp lệ (year out of range)")
            @Max(value = 2200, message = "năm không hợp lệ (year out of range)") Integer year,
            @QueryParam("memberId") String memberId,
            @Valid @BeanParam PageRequest page) {
        return cases.decisions(organizationId, year, QueryParams.uuid("memberId", memberId), page)
                .map(DisciplineViews::decisionOf);
    }

    @GET
    @Path("/cases/mine")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Decisions about the calling member")
    public Page<DisciplineViews.CaseView> mine(@Valid @BeanParam PageRequest page) {
        return cases.mine(page).map(DisciplineViews.CaseView::of);
    }

    @GET
    @Path("/cases/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY, Roles.MEMBER})
    @Operation(summary = "Read a case: inspectors in scope; secretaries in scope once decided; the member once decided")
    public DisciplineViews.CaseView get(@PathParam("id") UUID id) {
        return DisciplineViews.CaseView.of(cases.get(id));
    }

    @POST
    @Path("/cases/{id}/decision")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Record the decision; checked against the policy in force on the decision date (422 naming the rule)")
    public DisciplineViews.CaseView decide(@PathParam("id") UUID id, @Valid DisciplineRequests.Decide request) {
        memberFacts.prefetch(DisciplineCase.<DisciplineCase>findByIdOptional(id).map(c -> {
            DisciplineCase.getEntityManager().detach(c); // read outside the transaction: not kept in this session
            return c.targetMemberId;
        }).orElse(null));
        return DisciplineViews.CaseView.of(cases.decide(id, request));
    }

    @POST
    @Path("/suspensions")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Suspend a member's party activity (at most 90 days initially under the current policy)")
    public Response suspend(@Valid DisciplineRequests.Suspend request) {
        memberFacts.prefetch(request == null ? null : request.memberId());
        Suspension s = suspensions.suspend(request);
        return Response.created(URI.create("/api/inspection/discipline/suspensions/" + s.id))
                .entity(DisciplineViews.SuspensionView.of(s)).build();
    }

    @GET
    @Path("/suspensions/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR, Roles.ORG_SECRETARY, Roles.MEMBER})
    @Operation(summary = "Read a suspension and its period")
    public DisciplineViews.SuspensionView getSuspension(@PathParam("id") UUID id) {
        return DisciplineViews.SuspensionView.of(suspensions.get(id));
    }

    @POST
    @Path("/suspensions/{id}/extensions")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Extend a suspension (at most 180 days in total under the current policy)")
    public DisciplineViews.SuspensionView extend(@PathParam("id") UUID id, @Valid DisciplineRequests.Extend request) {
        return DisciplineViews.SuspensionView.of(suspensions.extend(id, request));
    }
}
