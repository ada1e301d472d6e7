package vn.party.events.meeting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.paging.PageRequest;
import vn.party.common.security.Roles;
import vn.party.events.meeting.AbsenceService;

@Path("/api/events/attendance/absences")
@Tag(name = "Meetings")
@Produces(MediaType.APPLICATION_JSON)
public class AbsenceResource {

    @Inject
    AbsenceService absences;

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR})
    @Operation(summary = "Members of the subtree of organizationId marked ABSENT (without reason; EXCUSED does not count)"
            + " from monthly cell meetings in at least minMonths (default 3, 1-12) distinct months of year (months in"
            + " Asia/Ho_Chi_Minh, by the meeting's start); most months first, paged. The attendance half of the"
            + " removal-warning list")
    public AbsenceService.Absences absences(@QueryParam("organizationId") String organizationId,
            @QueryParam("year") String year, @QueryParam("minMonths") String minMonths,
            @Valid @BeanParam PageRequest page) {
        return absences.absences(organizationId, year, minMonths, page);
    }
}
