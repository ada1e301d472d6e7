package vn.party.inspection.discipline.policy.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
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
import vn.party.common.problem.ProblemException;
import vn.party.common.security.Roles;
import vn.party.contracts.effects.DecidingBodyKind;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.discipline.TargetKind;
import vn.party.inspection.discipline.policy.DisciplinePolicy;
import vn.party.inspection.discipline.policy.PolicyAdmin;
import vn.party.inspection.discipline.policy.PolicyVersion;

@Path("/api/inspection/discipline/policies")
@Tag(name = "Discipline policy", description = "Quy định kỷ luật theo phiên bản có ngày hiệu lực")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PolicyResource {

    @Inject
    PolicyAdmin policies;

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Discipline policy versions, the latest effective date first")
    public Page<View> list(@Valid @BeanParam PageRequest page) {
        return policies.list(page).map(View::of);
    }

    @GET
    @Path("/on/{date}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "The version in force on a date (422 discipline.policy when none was)")
    public View inForceOn(@PathParam("date") String date) {
        try {
            return View.of(policies.inForceOn(LocalDate.parse(date)));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("date", "ngày dạng YYYY-MM-DD (a date as YYYY-MM-DD)");
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "One version")
    public View get(@PathParam("id") UUID id) {
        return View.of(policies.get(id));
    }

    @POST
    @RolesAllowed(Roles.BLOC_ADMIN)
    @Operation(summary = "Add a version: 409 when one has this effective date; 422 discipline.policy-retroactive when"
            + " decisions or suspensions already recorded on or after it would change the rules they were judged by")
    public Response create(@Valid PolicyRequests.Create request) {
        PolicyVersion created = policies.create(request);
        return Response.created(URI.create("/api/inspection/discipline/policies/" + created.policy().id()))
                .entity(View.of(created)).build();
    }

    public record FormView(DisciplineForm form, Integer statuteYears, int voteNumerator, int voteDenominator,
            boolean voteStrict) {
    }

    public record AuthorityView(DecidingBodyKind bodyKind, TargetKind targetKind, DisciplineForm form) {
    }

    public record View(UUID id, LocalDate effectiveFrom, String source, int suspensionMaxInitialDays,
            int suspensionMaxTotalDays, int complaintWindowMonths, List<FormView> forms, List<AuthorityView> authorities) {

        static View of(PolicyVersion version) {
            DisciplinePolicy p = version.policy();
            List<FormView> forms = p.forms().entrySet().stream()
                    .sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> new FormView(e.getKey(), e.getValue().statuteYears().orElse(null),
                            e.getValue().threshold().numerator(), e.getValue().threshold().denominator(),
                            e.getValue().threshold().strict()))
                    .toList();
            List<AuthorityView> authorities = p.authorities().stream()
                    .map(a -> new AuthorityView(a.body(), a.target(), a.form()))
                    .sorted(Comparator.comparing(AuthorityView::bodyKind).thenComparing(AuthorityView::targetKind)
                            .thenComparing(AuthorityView::form))
                    .toList();
            return new View(p.id(), p.effectiveFrom(), version.source(), p.suspensionMaxInitialDays(),
                    p.suspensionMaxTotalDays(), p.complaintWindowMonths(), forms, authorities);
        }
    }
}
