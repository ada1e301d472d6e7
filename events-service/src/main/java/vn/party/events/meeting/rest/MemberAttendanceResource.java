package vn.party.events.meeting.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;
import vn.party.events.meeting.AttendanceService;

@Path("/api/events/members")
@Tag(name = "Meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MemberAttendanceResource {

    @Inject
    AttendanceService attendance;

    @GET
    @Path("/{memberId}/attendance")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "A member's invitations and attendance rate in a year: the member themselves, or staff "
            + "(counting meetings of organizations in their scope)")
    public AttendanceService.MemberAttendance memberYear(@PathParam("memberId") UUID memberId,
            @QueryParam("year") @NotNull(message = "bắt buộc (required)")
            @Min(value = 1930, message = "phải ≥ 1930 (must be ≥ 1930)")
            @Max(value = 2200, message = "phải ≤ 2200 (must be ≤ 2200)") Integer year) {
        return attendance.memberYear(memberId, year);
    }
}
