package vn.party.events.compliance;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;

@Path("/api/events/compliance")
@Tag(name = "Meetings")
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    @Inject
    ComplianceService compliance;

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Cells of a subtree with no monthly cell meeting in a month or no thematic meeting in a "
            + "quarter. Cells checked: those that ever scheduled such a meeting, plus the ids given in cells (repeat "
            + "the parameter). Only periods that have ended are reported; a meeting counts for the month it was held in.")
    public ComplianceService.Report report(
            @QueryParam("organizationId") @NotNull(message = "bắt buộc (required)") UUID organizationId,
            @QueryParam("year") @NotNull(message = "bắt buộc (required)")
            @Min(value = 1930, message = "phải ≥ 1930 (must be ≥ 1930)")
            @Max(value = 2200, message = "phải ≤ 2200 (must be ≤ 2200)") Integer year,
            @QueryParam("fromMonth") @DefaultValue("1") @Min(value = 1, message = "phải từ 1 đến 12 (must be 1-12)")
            @Max(value = 12, message = "phải từ 1 đến 12 (must be 1-12)") int fromMonth,
            @QueryParam("toMonth") @DefaultValue("12") @Min(value = 1, message = "phải từ 1 đến 12 (must be 1-12)")
            @Max(value = 12, message = "phải từ 1 đến 12 (must be 1-12)") int toMonth,
            @QueryParam("cells") List<UUID> cells) {
        return compliance.report(organizationId, year, fromMonth, toMonth, cells == null ? List.of() : cells);
    }
}
