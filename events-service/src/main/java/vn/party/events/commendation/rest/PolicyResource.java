package vn.party.events.commendation.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;
import vn.party.events.commendation.domain.BadgeRules;
import vn.party.events.commendation.domain.CommendationForm;
import vn.party.events.commendation.domain.IssuingLevel;
import vn.party.events.commendation.policy.CommendationPolicy;
import vn.party.events.commendation.policy.PolicyService;

@Path("/api/events/commendations/policies")
@Tag(name = "Commendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PolicyResource {

    /** {@code grants}: for each form, the levels that may grant it (every form listed, possibly with none). */
    public record PolicyView(UUID id, LocalDate effectiveFrom, LocalDate effectiveUntil, String note,
            Map<CommendationForm, List<IssuingLevel>> grants, List<BadgeRules.Milestone> badgeMilestones,
            List<String> presentationDays, long version) {
    }

    @Inject
    PolicyService policies;

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Commendation policy versions, oldest first: which issuing level may grant which form, party "
            + "badge milestones with the early window for the seriously ill, presentation days (MM-DD)")
    public List<PolicyView> list() {
        return policies.list().stream().map(this::view).toList();
    }

    @GET
    @Path("/on/{date}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "The policy version in force on a date")
    public PolicyView on(@PathParam("date") LocalDate date) {
        return view(policies.on(date));
    }

    @POST
    @RolesAllowed(Roles.BLOC_ADMIN)
    @Operation(summary = "Add a policy version (bloc-admin), in force from effectiveFrom (after the latest version): "
            + "{effectiveFrom, note?, grants: [{form, issuingLevel}], badgeMilestones: [{years, earlyMonths}], "
            + "presentationDays: [{month, day}]}")
    public Response create(@Valid PolicyService.Create request) {
        CommendationPolicy policy = policies.create(request);
        return Response.created(URI.create("/api/events/commendations/policies/on/" + policy.effectiveFrom))
                .tag(String.valueOf(policy.version)).entity(view(policy)).build();
    }

    private PolicyView view(CommendationPolicy policy) {
        Map<CommendationForm, List<IssuingLevel>> grants = new LinkedHashMap<>();
        for (CommendationForm form : CommendationForm.values()) {
            grants.put(form, policy.levelsFor(form));
        }
        return new PolicyView(policy.id, policy.effectiveFrom, policies.effectiveUntil(policy), policy.note, grants,
                policy.badgeMilestones(), policy.badgePresentationDays().stream().map(PolicyResource::monthDay).toList(),
                policy.version);
    }

    /** MM-DD, e.g. 09-02 for 2/9. */
    static String monthDay(MonthDay day) {
        return String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }
}
