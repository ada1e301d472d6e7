package vn.party.membership.committee.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.problem.ProblemException;
import vn.party.common.security.Roles;
import vn.party.common.time.PartyClock;
import vn.party.membership.committee.service.CommitteeHistoryService;

@Path("/api/membership/organizations/{organizationId}/committee")
@Tag(name = "Committees")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationCommitteeResource {

    @Inject
    CommitteeHistoryService history;

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "The committee (cấp ủy) and UBKT of the organization on asOf (default: today in Vietnam)")
    public CommitteeView composition(@PathParam("organizationId") UUID organizationId,
            @QueryParam("asOf") String asOf) {
        return CommitteeView.of(history.composition(organizationId, parse(asOf)));
    }

    private static LocalDate parse(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return PartyClock.date();
        }
        try {
            return LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("asOf", "ngày dạng YYYY-MM-DD (a date like 2025-10-15)");
        }
    }
}
