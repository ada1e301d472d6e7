package vn.party.events.meeting.rest;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.security.Roles;
import vn.party.events.meeting.Meeting;
import vn.party.events.meeting.MeetingService;

@Path("/api/events/meetings")
@Tag(name = "Meetings", description = "Sinh hoạt chi bộ, hội nghị")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

    @Inject
    MeetingService meetings;

    @ConfigProperty(name = "party.presentation-zone")
    ZoneId zone;

    @POST
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Schedule a meeting of an organization in your scope")
    public Response schedule(@Valid MeetingRequests.Schedule request) {
        Meeting meeting = meetings.schedule(request);
        return Response.created(URI.create("/api/events/meetings/" + meeting.id))
                .entity(MeetingView.of(meeting, zone)).build();
    }

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Meetings of an organization, optionally from/to (ISO-8601 with offset), earliest first, paged")
    public Page<MeetingView> list(
            @QueryParam("organizationId") @NotNull(message = "bắt buộc (required)") UUID organizationId,
            @QueryParam("from") OffsetDateTime from,
            @QueryParam("to") OffsetDateTime to,
            @Valid @BeanParam PageRequest page) {
        return meetings.list(organizationId, from, to, page).map(meeting -> MeetingView.of(meeting, zone));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Read a meeting")
    public MeetingView get(@PathParam("id") UUID id) {
        return MeetingView.of(meetings.get(id), zone);
    }
}
