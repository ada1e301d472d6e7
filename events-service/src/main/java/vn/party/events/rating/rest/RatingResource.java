package vn.party.events.rating.rest;

import java.net.URI;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.Roles;
import vn.party.events.commendation.membership.MembershipDirectory;
import vn.party.events.rating.DisciplineChecks;
import vn.party.events.rating.OrganizationDesignation;
import vn.party.events.rating.PeriodKind;
import vn.party.events.rating.Rating;
import vn.party.events.rating.RatingLevel;
import vn.party.events.rating.RatingQueryService;
import vn.party.events.rating.RatingService;
import vn.party.events.rating.RatingStage;
import vn.party.events.rating.SubjectKind;
import vn.party.events.rating.rest.RatingViews.RatingView;

@Path("/api/events/ratings")
@Tag(name = "Ratings", description = "Đánh giá, xếp loại chất lượng: self-assessment, proposal, approval, results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RatingResource {

    private static final String STAFF_AND_MEMBER_ROLES = "bloc-admin, org-secretary, member";

    @Inject
    RatingService ratings;

    /** Read before the service's transaction opens (no remote call inside one). */
    @Inject
    MembershipDirectory membership;

    @Inject
    DisciplineChecks disciplineChecks;

    @Inject
    RatingQueryService queries;

    @ConfigProperty(name = "party.presentation-zone")
    ZoneId zone;

    @POST
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.MEMBER})
    @Operation(summary = "Open a rating of a subject for a period: {periodId, subjectKind, memberId?, organizationId?, "
            + "displayName?}. A member opens their own (memberId and organizationId default to the token's); "
            + "secretaries open ratings of members and organizations in their subtree (" + STAFF_AND_MEMBER_ROLES + ")")
    public Response create(@Valid RatingService.Create request) {
        membership.prefetch(java.util.Collections.singletonList(request == null ? null : request.memberId()));
        Rating rating = ratings.create(request);
        return Response.created(URI.create("/api/events/ratings/" + rating.id)).tag(String.valueOf(rating.version))
                .entity(RatingView.of(rating, zone)).build();
    }

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "Ratings of the subtree of organizationId for a year (periodKind YEAR by default), paged; "
            + "filters subjectKind, level (the approved level), memberId, stage. Without organizationId, memberId is "
            + "required: that member's ratings of every year (or of year) — for the member themselves, or staff for "
            + "ratings made within their subtree (the member dossier's view)")
    public Page<RatingView> list(@QueryParam("organizationId") UUID organizationId, @QueryParam("year") Integer year,
            @QueryParam("periodKind") String periodKind, @QueryParam("subjectKind") String subjectKind,
            @QueryParam("level") String level, @QueryParam("memberId") UUID memberId,
            @QueryParam("stage") String stage, @Valid @BeanParam PageRequest page) {
        if (organizationId == null && memberId != null) {
            return queries.aboutMember(memberId, year, page).map(r -> RatingView.of(r, zone));
        }
        return queries.list(organizationId, year, parse(PeriodKind.class, periodKind, "periodKind"),
                parse(SubjectKind.class, subjectKind, "subjectKind"), parse(RatingLevel.class, level, "level"), memberId,
                parse(RatingStage.class, stage, "stage"), page).map(r -> RatingView.of(r, zone));
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "The calling member's own ratings (every stage), optionally of one year")
    public List<RatingView> mine(@QueryParam("year") Integer year) {
        return ratings.mine(year).stream().map(r -> RatingView.of(r, zone)).toList();
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Approved year-end results of the subtree: counts per level and goodOrBetterPercent, "
            + "excellentPercent (one decimal, half up; null when none rated) for members, grassroots organizations and "
            + "all organizations; cleanAndStrongOrganizations, exemplaryOrganizations (grassroots organizations "
            + "designated so at the approval)")
    public RatingQueryService.Summary summary(@QueryParam("organizationId") UUID organizationId,
            @QueryParam("year") Integer year) {
        return queries.summary(organizationId, year);
    }

    @GET
    @Path("/streaks")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Subjects of the subtree rated level (default EXCELLENT) or better in every year of the "
            + "window of years (default 5) ending toYear, e.g. members excellent 2017–2021; for organizations "
            + "designation=CLEAN_AND_STRONG|EXEMPLARY requires that designation every year")
    public RatingQueryService.Streaks streaks(@QueryParam("organizationId") UUID organizationId,
            @QueryParam("subjectKind") String subjectKind, @QueryParam("level") String level,
            @QueryParam("years") Integer years, @QueryParam("toYear") Integer toYear,
            @QueryParam("designation") String designation) {
        return queries.streaks(organizationId, parse(SubjectKind.class, subjectKind, "subjectKind"),
                parse(RatingLevel.class, level, "level"),
                parse(OrganizationDesignation.class, designation, "designation"), years, toYear);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "A rating (ETag = version): the member themselves or readers in scope")
    public Response get(@PathParam("id") UUID id) {
        Rating rating = ratings.get(id);
        return Response.ok(RatingView.of(rating, zone)).tag(String.valueOf(rating.version)).build();
    }

    @PUT
    @Path("/{id}/self-assessment")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.MEMBER})
    @Operation(summary = "Self-assessment (the member themselves; an organization's own secretary) until the "
            + "proposal: {version, text, level, score?}")
    public Response selfAssess(@PathParam("id") UUID id, @Valid RatingService.SelfAssessment request) {
        return ok(ratings.selfAssess(id, request));
    }

    @PUT
    @Path("/{id}/proposal")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Proposal of the proposing organization (a member's cell; an organization's parent), "
            + "revisable until the approval: {version, level, score?, text?}")
    public Response propose(@PathParam("id") UUID id, @Valid RatingService.Proposal request) {
        return ok(ratings.propose(id, request));
    }

    @PUT
    @Path("/{id}/approval")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Decision of the approving level (the grassroots organization; the bloc for a grassroots "
            + "organization), final: {version, level, score, decidedOn?, decisionNumber?, note?, designations?: "
            + "[CLEAN_AND_STRONG, EXEMPLARY] (organizations approved EXCELLENT only; left out: CLEAN_AND_STRONG for an "
            + "EXCELLENT organization, [] for none)}. 422 rules rating.score-band, "
            + "rating.designation-organizations-only, rating.designation-excellent-only, "
            + "rating.exemplary-requires-clean-and-strong, rating.excellent-quota, rating.disciplined-not-excellent, "
            + "rating.stage-order; 503 when "
            + "inspection-service cannot confirm an EXCELLENT subject was not disciplined")
    public Response approve(@PathParam("id") UUID id, @Valid RatingService.Approval request) {
        disciplineChecks.prefetchFor(id, request == null ? null : request.level());
        return ok(ratings.approve(id, request));
    }

    /** An enum query parameter: absent → null, unknown → 400 naming the field and the accepted values. */
    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "một trong (one of) " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private Response ok(Rating rating) {
        return Response.ok(RatingView.of(rating, zone)).tag(String.valueOf(rating.version)).build();
    }
}
