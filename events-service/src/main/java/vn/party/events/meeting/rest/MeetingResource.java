package vn.party.events.meeting.rest;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import vn.party.events.commendation.membership.MembershipDirectory;
import vn.party.events.meeting.Attachment;
import vn.party.events.meeting.AttendanceService;
import vn.party.events.meeting.Invitee;
import vn.party.events.meeting.Meeting;
import vn.party.events.meeting.MeetingService;

@Path("/api/events/meetings")
@Tag(name = "Meetings", description = "Sinh hoạt chi bộ, hội nghị")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

    @Inject
    MeetingService meetings;

    @Inject
    AttendanceService attendance;

    /** What the service reads from membership is read here, before its transaction opens (no remote call inside one). */
    @Inject
    MembershipDirectory membership;

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
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "Read a meeting (staff in scope; a member when invited)")
    public Response get(@PathParam("id") UUID id) {
        Meeting meeting = meetings.get(id);
        return Response.ok(MeetingView.of(meeting, zone)).tag(String.valueOf(meeting.version)).build();
    }

    @GET
    @Path("/{id}/agenda")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "The agenda, in order")
    public List<PartViews.AgendaItemView> agenda(@PathParam("id") UUID id) {
        Meeting meeting = meetings.get(id);
        return meetings.agenda(meeting.id).stream().map(PartViews.AgendaItemView::of).toList();
    }

    @PUT
    @Path("/{id}/agenda")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Replace the agenda (send the meeting's version)")
    public List<PartViews.AgendaItemView> replaceAgenda(@PathParam("id") UUID id, @Valid MeetingRequests.Agenda request) {
        Meeting meeting = meetings.replaceAgenda(id, request);
        return meetings.agenda(meeting.id).stream().map(PartViews.AgendaItemView::of).toList();
    }

    @PUT
    @Path("/{id}/minutes")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Record the minutes (send the meeting's version)")
    public MeetingView recordMinutes(@PathParam("id") UUID id, @Valid MeetingRequests.Minutes request) {
        return MeetingView.of(meetings.recordMinutes(id, request), zone);
    }

    @POST
    @Path("/{id}/attachments")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Register an attachment's metadata (file name, media type, size, sha256 checksum)")
    public Response attach(@PathParam("id") UUID id, @Valid MeetingRequests.AddAttachment request) {
        Attachment attachment = meetings.attach(id, request);
        return Response.status(Response.Status.CREATED).entity(PartViews.AttachmentView.of(attachment)).build();
    }

    @GET
    @Path("/{id}/attachments")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "Attachments' metadata")
    public List<PartViews.AttachmentView> attachments(@PathParam("id") UUID id) {
        return meetings.attachments(id).stream().map(PartViews.AttachmentView::of).toList();
    }

    @POST
    @Path("/{id}/invitees")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Invite a member (memberId) or a guest (guestName, guestTitle)")
    public Response invite(@PathParam("id") UUID id, @Valid MeetingRequests.Invite request) {
        membership.prefetch(java.util.Collections.singletonList(request == null ? null : request.memberId()));
        Invitee invitee = attendance.invite(id, request);
        return Response.status(Response.Status.CREATED).entity(PartViews.InviteeView.of(invitee, zone)).build();
    }

    @GET
    @Path("/{id}/invitees")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Invitees with their attendance")
    public List<PartViews.InviteeView> invitees(@PathParam("id") UUID id) {
        return attendance.invitees(id).stream().map(invitee -> PartViews.InviteeView.of(invitee, zone)).toList();
    }

    @PUT
    @Path("/{id}/invitees/{inviteeId}/attendance")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Record an invitee's attendance: PRESENT, EXCUSED (reason required) or ABSENT")
    public PartViews.InviteeView record(@PathParam("id") UUID id, @PathParam("inviteeId") UUID inviteeId,
            @Valid MeetingRequests.RecordAttendance request) {
        return PartViews.InviteeView.of(attendance.record(id, inviteeId, request), zone);
    }

    @POST
    @Path("/{id}/check-in")
    @RolesAllowed(Roles.MEMBER)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "An invited member checks themselves in (only within the check-in window)")
    public PartViews.InviteeView checkIn(@PathParam("id") UUID id) {
        return PartViews.InviteeView.of(attendance.checkIn(id), zone);
    }

    @GET
    @Path("/{id}/attendance")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Attendance counts and rate (present / invited members)")
    public AttendanceService.MeetingAttendance summary(@PathParam("id") UUID id) {
        return attendance.summary(id);
    }
}
