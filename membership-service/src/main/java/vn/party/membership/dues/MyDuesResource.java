package vn.party.membership.dues;

import java.time.YearMonth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.common.security.Roles;


@Path("/api/membership/me/dues")
@Tag(name = "Self-service", description = "The member's own record (mobile home screen)")
@Produces(MediaType.APPLICATION_JSON)
public class MyDuesResource {

    @Inject
    DuesService dues;

    @GET
    // people and provincial systems; the services' own clients have no record and no tree to read
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INSPECTION_HEAD, Roles.MEMBER, Roles.INTEGRATION})
    @Operation(summary = "Your own dues month by month (from the member_id of your token): due, paid, outstanding,"
            + " payments, balance; `from`/`to` as YYYY-MM, default January to the current month")
    public DuesViews.Statement mine(@QueryParam("from") String from, @QueryParam("to") String to) {
        YearMonth end = DuesMonths.parse("to", to, YearMonth.from(dues.today()));
        return dues.myStatement(DuesMonths.parse("from", from, YearMonth.of(end.getYear(), 1)), end);
    }
}
