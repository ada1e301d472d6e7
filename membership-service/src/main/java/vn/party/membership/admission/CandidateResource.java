package vn.party.membership.admission;

import java.net.URI;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;
import vn.party.membership.organization.rest.AuditEntryView;

@Path("/api/membership/candidates")
@Tag(name = "Admission", description = "Kết nạp đảng viên: candidates through the admission pipeline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
public class CandidateResource {

    private static final String SCOPE = " (bloc-admin; secretary within scope)";

    @Inject
    AdmissionService admission;

    @Inject
    DecisionExtensionService extensions;

    @POST
    @Operation(summary = "Register a candidate (quần chúng ưu tú) in an organization" + SCOPE)
    public Response create(@Valid CandidateRequests.Create request) {
        Candidate candidate = admission.create(request);
        return Response.created(URI.create("/api/membership/candidates/" + candidate.id)).tag(etag(candidate))
                .entity(view(candidate)).build();
    }

    @GET
    @Operation(summary = "The candidates of an organization, oldest first" + SCOPE)
    public List<CandidateView> list(@QueryParam("organizationId") @NotNull(message = "bắt buộc (required)")
            UUID organizationId) {
        return admission.inOrganization(organizationId).stream().map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A candidate with their stage history" + SCOPE)
    public Response get(@PathParam("id") UUID id) {
        return ok(admission.read(id));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed(Roles.BLOC_ADMIN)
    @Operation(summary = "Who changed this candidate's record, when, and what (bloc-admin)")
    public List<AuditEntryView> audit(@PathParam("id") UUID id) {
        return admission.auditHistory(id).stream().map(AuditEntryView::of).toList();
    }

    @POST
    @Path("/{id}/awareness-class")
    @Operation(summary = "Passed the party-awareness class: date and certificate" + SCOPE)
    public Response awarenessClass(@PathParam("id") UUID id, @Valid CandidateRequests.AwarenessClass request) {
        return ok(admission.passAwarenessClass(id, request));
    }

    @POST
    @Path("/{id}/introducers")
    @Operation(summary = "Two introducers: official members of the organization who worked with the candidate"
            + " for the policy's months" + SCOPE)
    public Response introducers(@PathParam("id") UUID id, @Valid CandidateRequests.Introducers request) {
        return ok(admission.assignIntroducers(id, request));
    }

    @POST
    @Path("/{id}/dossier")
    @Operation(summary = "The dossier is complete" + SCOPE)
    public Response dossier(@PathParam("id") UUID id, @Valid CandidateRequests.Dossier request) {
        return ok(admission.completeDossier(id, request));
    }

    @POST
    @Path("/{id}/cell-vote")
    @Operation(summary = "The cell's vote: threshold over all entitled voters; age checked at this date" + SCOPE)
    public Response cellVote(@PathParam("id") UUID id, @Valid CandidateRequests.Vote request) {
        return ok(admission.recordCellVote(id, request));
    }

    @POST
    @Path("/{id}/committee-vote")
    @Operation(summary = "The grassroots committee's vote: threshold over all entitled voters; none in a chi bộ cơ sở"
            + SCOPE)
    public Response committeeVote(@PathParam("id") UUID id, @Valid CandidateRequests.Vote request) {
        return ok(admission.recordCommitteeVote(id, request));
    }

    @POST
    @Path("/{id}/decision")
    @Operation(summary = "The admission decision, within the policy's working days (plus any extension) of the cell's"
            + " resolution" + SCOPE)
    public Response decision(@PathParam("id") UUID id, @Valid CandidateRequests.Decision request) {
        return ok(admission.recordDecision(id, request));
    }

    @POST
    @Path("/{id}/decision-extension")
    @Operation(summary = "Extend the decision deadline once, with a reason, by at most the policy's working days"
            + " (bloc-admin; secretary of the deciding committee)")
    public Response decisionExtension(@PathParam("id") UUID id, @Valid CandidateRequests.DecisionExtension request) {
        return ok(extensions.extend(id, request));
    }

    @POST
    @Path("/{id}/ceremony")
    @Operation(summary = "The admission ceremony, within the policy's working days of the decision: creates the"
            + " probationary member" + SCOPE)
    public Response ceremony(@PathParam("id") UUID id, @Valid CandidateRequests.Ceremony request) {
        return ok(admission.recordCeremony(id, request));
    }

    @POST
    @Path("/{id}/rejection")
    @Operation(summary = "Not admitted: closes the case with the reason" + SCOPE)
    public Response reject(@PathParam("id") UUID id, @Valid CandidateRequests.Closing request) {
        return ok(admission.reject(id, request));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Operation(summary = "Withdrawn: closes the case with the reason" + SCOPE)
    public Response withdraw(@PathParam("id") UUID id, @Valid CandidateRequests.Closing request) {
        return ok(admission.withdraw(id, request));
    }

    private Response ok(Candidate candidate) {
        return Response.ok(view(candidate)).tag(etag(candidate)).build();
    }

    private CandidateView view(Candidate candidate) {
        return CandidateView.of(candidate, admission.revealsNationalId(), admission.history(candidate.id));
    }

    private static EntityTag etag(Candidate candidate) {
        return new EntityTag(Long.toString(candidate.version));
    }
}
