package vn.party.membership.statistics;

import java.time.LocalDate;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;
import vn.party.common.time.AsOf;
import vn.party.membership.member.MemberService;

@Path("/api/membership/organizations/{id}/statistics")
@Tag(name = "Statistics", description = "Số liệu đảng viên, tổ chức đảng cho báo cáo")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @Inject
    MemberService members;

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Members by status, gender, age band, ethnicity, education and seniority on a date (default"
            + " today); organizations by type; admissions between admittedFrom and admittedTo (default: the year of asOf)")
    public RegisterStatistics get(@PathParam("id") UUID organizationId,
            @Parameter(description = "ISO date the register and the tree are taken on (default today); not before"
                    + " admittedFrom (docs/architecture.md, \"Time\")") @QueryParam("asOf") String asOf,
            @QueryParam("admittedFrom") LocalDate admittedFrom, @QueryParam("admittedTo") LocalDate admittedTo) {
        LocalDate given = AsOf.parse(asOf);
        LocalDate date = given != null ? given : members.today();
        LocalDate from = admittedFrom != null ? admittedFrom : date.withDayOfYear(1);
        LocalDate to = admittedTo != null ? admittedTo : date.withDayOfYear(date.lengthOfYear());
        AsOf.notBefore(date, from);
        return statistics.compute(organizationId, date, from, to);
    }
}
