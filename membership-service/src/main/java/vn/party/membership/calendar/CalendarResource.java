package vn.party.membership.calendar;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/api/membership/calendar")
@Tag(name = "Calendar", description = "Lịch ngày làm việc: public holidays for working-day deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @Inject
    WorkingCalendar calendar;

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR})
    @Operation(summary = "The public holidays (weekdays off) and compensatory working days of a year (staff roles)")
    public CalendarRequests.Year year(@PathParam("year") @Min(value = 1930, message = "≥ 1930")
            @Max(value = 2200, message = "≤ 2200") int year) {
        List<PublicHoliday> days = calendar.holidays(year);
        return new CalendarRequests.Year(year,
                days.stream().filter(day -> day.kind == CalendarDayKind.DAY_OFF).map(CalendarRequests.Holiday::of).toList(),
                days.stream().filter(day -> day.kind == CalendarDayKind.WORKING_DAY).map(CalendarRequests.Holiday::of)
                        .toList());
    }

    @POST
    @Path("/holidays")
    @RolesAllowed(Roles.BLOC_ADMIN)
    @Operation(summary = "Add a day off (public holiday, substitute or exchanged day) or a compensatory working day (bloc-admin)")
    public Response add(@Valid CalendarRequests.NewHoliday request) {
        PublicHoliday holiday = calendar.add(request);
        return Response.created(URI.create("/api/membership/calendar/" + holiday.day.getYear()))
                .entity(CalendarRequests.Holiday.of(holiday)).build();
    }

    @DELETE
    @Path("/holidays/{date}")
    @RolesAllowed(Roles.BLOC_ADMIN)
    @Operation(summary = "Remove a day off or a compensatory working day (bloc-admin)")
    public Response remove(@PathParam("date") LocalDate date) {
        calendar.remove(date);
        return Response.noContent().build();
    }
}
