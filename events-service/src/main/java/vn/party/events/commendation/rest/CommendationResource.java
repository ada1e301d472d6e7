package vn.party.events.commendation.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.Roles;
import vn.party.common.time.AsOf;
import vn.party.events.commendation.BadgeEligibilityService;
import vn.party.events.commendation.Commendation;
import vn.party.events.commendation.CommendationEligibilityService;
import vn.party.events.commendation.CommendationProposal;
import vn.party.events.commendation.CommendationService;
import vn.party.events.commendation.CommendationStatistics;
import vn.party.events.commendation.ProposalService;
import vn.party.events.commendation.domain.CommendationForm;
import vn.party.events.commendation.domain.IssuingLevel;
import vn.party.events.commendation.domain.ProposalStatus;
import vn.party.events.commendation.membership.MembershipDirectory;
import vn.party.events.commendation.rest.CommendationViews.ApprovalView;
import vn.party.events.commendation.rest.CommendationViews.CommendationView;
import vn.party.events.commendation.rest.CommendationViews.EarlyAwardCaseView;
import vn.party.events.commendation.rest.CommendationViews.ProposalView;
import vn.party.events.rating.OrganizationDesignation;

@Path("/api/events/commendations")
@Tag(name = "Commendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommendationResource {

    @Inject
    CommendationStatistics statistics;

    @Inject
    CommendationService commendations;

    @Inject
    ProposalService proposals;

    @Inject
    BadgeEligibilityService badges;

    @Inject
    CommendationEligibilityService eligibility;

    /** What the service reads from membership is read here, before its transaction opens (no remote call inside one). */
    @Inject
    MembershipDirectory membership;

    @ConfigProperty(name = "party.presentation-zone")
    ZoneId zone;

    @POST
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Record a commendation decision, one commendation per recipient: {form, issuingLevel, "
            + "issuingOrganizationId (CELL/GRASSROOTS/BLOC, in your scope), issuingOrganizationName (PROVINCIAL/STATE, "
            + "bloc-admin), decisionNumber, decisionDate, reason, badgeMilestone (HUY_HIEU_DANG), recipients: "
            + "[{memberId} | {organizationId}]}; 422 naming the rule when the level may not grant the form")
    public Response record(@Valid CommendationService.Record request) {
        if (request != null && request.recipients() != null) {
            membership.prefetch(recipientMembers(request.recipients()));
        }
        List<CommendationView> written = commendations.record(request).stream().map(CommendationView::of).toList();
        return Response.status(Response.Status.CREATED).entity(written).build();
    }

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "Commendations of a member (memberId: readers in scope of the member's organization; a member "
            + "only their own id), or in "
            + "the subtree of organizationId (default yours); filters year (of the decision), form, "
            + "recipientOrganizationId; latest first, paged")
    public Page<CommendationView> list(@QueryParam("organizationId") UUID organizationId,
            @QueryParam("memberId") UUID memberId, @QueryParam("recipientOrganizationId") UUID recipientOrganizationId,
            @QueryParam("year") @Min(value = 1930, message = "năm không hợp lệ (year out of range)")
            @Max(value = 2200, message = "năm không hợp lệ (year out of range)") Integer year,
            @QueryParam("form") CommendationForm form, @Valid @BeanParam PageRequest page) {
        return commendations.list(new CommendationService.ListFilter(organizationId, memberId, recipientOrganizationId,
                year, form), page).map(CommendationView::of);
    }

    @GET
    @Path("/mine")
    @RolesAllowed({Roles.MEMBER, Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR})
    @Operation(summary = "Your own commendations (the member of your account), revoked badges shown as revoked")
    public Page<CommendationView> mine(@Valid @BeanParam PageRequest page) {
        return commendations.mine(page).map(CommendationView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "A commendation (members: their own; staff: in scope of the organization where it counts)")
    public Response get(@PathParam("id") UUID id) {
        Commendation c = commendations.get(id);
        return Response.ok(CommendationView.of(c)).tag(String.valueOf(c.version)).build();
    }

    @GET
    @Path("/statistics")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Year figures for the subtree of organizationId: total and byForm (decided that year), "
            + "organizationsCommended, grassrootsOrganizationsCommended, membersCommended (distinct), badgesAwarded, "
            + "badgesRevoked (revoked that year)")
    public CommendationStatistics.Statistics statistics(@QueryParam("organizationId") UUID organizationId,
            @QueryParam("year") Integer year,
            @Parameter(description = "ISO date the subtree is taken on: within the year or after it (default 31 December)")
            @QueryParam("asOf") String asOf) {
        if (organizationId == null) {
            throw ProblemException.invalidField("organizationId", "bắt buộc (required)");
        }
        if (year == null || year < 1930 || year > 2200) {
            throw ProblemException.invalidField("year", "bắt buộc, 1930–2200 (required year)");
        }
        return statistics.statistics(organizationId, year, AsOf.of(asOf, year));
    }

    @GET
    @Path("/badge-eligibility")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Party badge list for a presentation date (3/2, 19/5, 2/9, 7/11; default the next one): "
            + "active members of the subtree reaching a milestone by then (seriously ill: within the early window) "
            + "who do not hold it, with seniority and milestone; computed from membership's register")
    public BadgeEligibilityService.EligibilityList eligibility(@QueryParam("organizationId") UUID organizationId,
            @QueryParam("presentationDate") LocalDate presentationDate) {
        if (organizationId == null) {
            throw ProblemException.invalidField("organizationId", "bắt buộc (required)");
        }
        return badges.eligibility(organizationId, presentationDate);
    }

    @GET
    @Path("/eligibility/members")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Members of the subtree of organizationId (default yours) rated EXCELLENT every year of the "
            + "window of years (default 5, 1–30) ending toYear (default last year), e.g. 2017–2021, with the years and "
            + "alreadyCommended (a commendation other than a party badge decided from the last year's approval to the "
            + "end of toYear + years); computed from the ratings, paged")
    public Page<CommendationEligibilityService.Candidate> eligibleMembers(
            @QueryParam("organizationId") UUID organizationId, @QueryParam("years") Integer years,
            @QueryParam("toYear") Integer toYear, @Valid @BeanParam PageRequest page) {
        return eligibility.members(organizationId, years, toYear, page);
    }

    @GET
    @Path("/eligibility/organizations")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Organizations of the subtree of organizationId (default yours) approved EXCELLENT and "
            + "designated designation (CLEAN_AND_STRONG, the default, or EXEMPLARY) every year of the window of years "
            + "(default 5) ending toYear (default last year), with the years and alreadyCommended; paged")
    public Page<CommendationEligibilityService.Candidate> eligibleOrganizations(
            @QueryParam("organizationId") UUID organizationId, @QueryParam("years") Integer years,
            @QueryParam("toYear") Integer toYear, @QueryParam("designation") String designation,
            @Valid @BeanParam PageRequest page) {
        return eligibility.organizations(organizationId, designation(designation), years, toYear, page);
    }

    /** Absent → null; unknown → 400 naming the field and the accepted values. */
    private static OrganizationDesignation designation(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OrganizationDesignation.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("designation", "một trong (one of) "
                    + Arrays.toString(OrganizationDesignation.values()));
        }
    }

    @POST
    @Path("/early-award-cases")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Record that a member is certified seriously ill (the badge may then come early): "
            + "{memberId, certifiedOn, reason}")
    public Response recordCase(@Valid BadgeEligibilityService.RecordCase request) {
        membership.prefetch(java.util.Collections.singletonList(request == null ? null : request.memberId()));
        var c = badges.recordCase(request);
        return Response.status(Response.Status.CREATED).tag(String.valueOf(c.version))
                .entity(EarlyAwardCaseView.of(c)).build();
    }

    @GET
    @Path("/early-award-cases")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Seriously-ill cases of members of the subtree of organizationId")
    public List<EarlyAwardCaseView> cases(@QueryParam("organizationId") UUID organizationId) {
        if (organizationId == null) {
            throw ProblemException.invalidField("organizationId", "bắt buộc (required)");
        }
        return badges.cases(organizationId).stream().map(EarlyAwardCaseView::of).toList();
    }

    // ---- proposals ----

    @POST
    @Path("/proposals")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Propose a commendation to a higher level: {proposingOrganizationId (your scope), targetLevel, "
            + "targetOrganizationId (an ancestor, for GRASSROOTS/BLOC), form, badgeMilestone?, reasons, recipients}")
    public Response submit(@Valid ProposalService.Submit request) {
        if (request != null && request.recipients() != null) {
            membership.prefetch(recipientMembers(request.recipients()));
        }
        CommendationProposal p = proposals.submit(request);
        return Response.created(URI.create("/api/events/commendations/proposals/" + p.id))
                .tag(String.valueOf(p.version)).entity(ProposalView.of(p, zone)).build();
    }

    @GET
    @Path("/proposals")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Proposals made in the subtree of organizationId (default yours) or addressed to it; "
            + "filters status, targetLevel; latest first, paged")
    public Page<ProposalView> proposals(@QueryParam("organizationId") UUID organizationId,
            @QueryParam("status") ProposalStatus status, @QueryParam("targetLevel") IssuingLevel targetLevel,
            @Valid @BeanParam PageRequest page) {
        return proposals.list(organizationId, status, targetLevel, page).map(p -> ProposalView.of(p, zone));
    }

    @GET
    @Path("/proposals/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "A proposal (ETag = version)")
    public Response proposal(@PathParam("id") UUID id) {
        CommendationProposal p = proposals.get(id);
        return Response.ok(ProposalView.of(p, zone)).tag(String.valueOf(p.version)).build();
    }

    @POST
    @Path("/proposals/{id}/approval")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Approve (the target level): {version, decisionNumber, decisionDate, issuingOrganizationName?}"
            + " — creates the commendations, checked like any decision; 409 unless SUBMITTED or if version is stale")
    public ApprovalView approve(@PathParam("id") UUID id, @Valid ProposalService.Approve request) {
        CommendationProposal.<CommendationProposal>findByIdOptional(id).ifPresent(proposal -> {
            membership.prefetch(proposal.recipients.stream().map(r -> r.memberId).toList());
            // read outside the transaction: not kept in this request's session, where it would go stale
            CommendationProposal.getEntityManager().detach(proposal);
        });
        List<CommendationView> written = proposals.approve(id, request).stream().map(CommendationView::of).toList();
        return new ApprovalView(ProposalView.of(proposals.get(id), zone), written);
    }

    @POST
    @Path("/proposals/{id}/rejection")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Reject (the target level): {version, reason}; 409 unless SUBMITTED")
    public Response reject(@PathParam("id") UUID id, @Valid ProposalService.Reject request) {
        CommendationProposal p = proposals.reject(id, request);
        return Response.ok(ProposalView.of(p, zone)).tag(String.valueOf(p.version)).build();
    }

    @POST
    @Path("/proposals/{id}/withdrawal")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Withdraw (the proposing organization): {version}; 409 unless SUBMITTED")
    public Response withdraw(@PathParam("id") UUID id, @Valid ProposalService.Withdraw request) {
        CommendationProposal p = proposals.withdraw(id, request);
        return Response.ok(ProposalView.of(p, zone)).tag(String.valueOf(p.version)).build();
    }

    private static List<UUID> recipientMembers(List<CommendationService.RecipientRequest> recipients) {
        return recipients.stream().filter(java.util.Objects::nonNull).map(CommendationService.RecipientRequest::memberId)
                .toList();
    }
}
