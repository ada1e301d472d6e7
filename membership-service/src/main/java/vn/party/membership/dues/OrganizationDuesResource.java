package vn.party.membership.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.paging.PageRequest;
import vn.party.common.security.Roles;

@Path("/api/membership/organizations/{id}/dues")
@Tag(name = "Party dues", description = "Đảng phí: arrears and the removal-warning list of a subtree")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR})
public class OrganizationDuesResource {

    @Inject
    DuesService dues;

    @GET
    @Path("/arrears")
    @Operation(summary = "Members of the subtree (current organization) with at least minMonths (default 1) unpaid"
            + " months between `from` and `to` (YYYY-MM; default January to the last ended month), the amounts"
            + " outstanding, subtree totals; paged, in Vietnamese name order")
    public DuesViews.Arrears arrears(@PathParam("id") UUID id, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("minMonths") @DefaultValue("1") int minMonths,
            @Valid @BeanParam PageRequest page) {
        YearMonth end = DuesMonths.parse("to", to, YearMonth.from(dues.today()).minusMonths(1));
        return dues.arrears(id, DuesMonths.parse("from", from, YearMonth.of(end.getYear(), 1)), end, minMonths, page);
    }

    @GET
    @Path("/warnings")
    @Operation(summary = "Removal-warning list, dues half: members on the roll with at least the policy's number (3)"
            + " of unpaid months among the ended months of `year` as of `asOf` (default today); reasons DUES. The"
            + " attendance half (months absent without reason from the monthly cell meeting) is events-service's and"
            + " the full list is composed by the gateway: GET /api/reports/dues-warnings. Never removes anyone")
    public DuesViews.Warnings warnings(@PathParam("id") UUID id, @QueryParam("year") Integer year,
            @QueryParam("asOf") String asOf, @Valid @BeanParam PageRequest page) {
        LocalDate date = DuesMonths.parseDate("asOf", asOf, dues.today());
        return dues.warnings(id, year != null ? year : date.getYear(), date, page);
    }
}
