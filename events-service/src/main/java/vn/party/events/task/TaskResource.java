package vn.party.events.task;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

@Path("/api/events")
@Tag(name = "Follow-up tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskResource {

    public record ReportView(UUID id, int sequence, int percent, TaskStatus status, String text, String reportedBy,
            OffsetDateTime reportedAt) {
        static ReportView of(TaskReport r, ZoneId zone) {
            return new ReportView(r.id, r.sequence, r.percent, r.status, r.text, r.reportedBy,
                    r.reportedAt.atZone(zone).toOffsetDateTime());
        }
    }

    public record TaskView(UUID id, UUID documentId, String documentSymbol, UUID issuerId, UUID leadOrganizationId,
            List<UUID> coordinatingOrganizationIds, String title, String content, LocalDate deadline,
            TaskStatus status, int percent, boolean overdue, long daysOverdue, int reportCount, boolean closed,
            OffsetDateTime closedAt, String closedBy, UUID closingReportId, String closingNote, long version,
            Instant createdAt, List<ReportView> reports) {

        static TaskView of(FollowUpTask t, LocalDate today, ZoneId zone, List<ReportView> reports) {
            boolean overdue = t.overdueOn(today);
            return new TaskView(t.id, t.documentId, t.documentSymbol, t.issuerId, t.leadOrganizationId,
                    t.coordinatingOrganizationIds.stream().sorted().toList(), t.title, t.content, t.deadline,
                    t.status, t.percent, overdue, overdue ? t.deadline.until(today, java.time.temporal.ChronoUnit.DAYS) : 0,
                    t.reportCount, t.closed(), t.closedAt == null ? null : t.closedAt.atZone(zone).toOffsetDateTime(),
                    t.closedBy, t.closingReportId, t.closingNote, t.version, t.createdAt, reports);
        }
    }

    @Inject
    TaskService tasks;

    @ConfigProperty(name = "party.presentation-zone")
    ZoneId zone;

    @POST
    @Path("/documents/{documentId}/tasks")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Assign a follow-up task from an issued document to a lead organization (and coordinating "
            + "organizations) at or below the document's issuer, with a deadline not before the issue date")
    public Response assign(@PathParam("documentId") UUID documentId, @Valid TaskService.Assign request) {
        FollowUpTask task = tasks.assign(documentId, request);
        return Response.created(URI.create("/api/events/tasks/" + task.id)).tag(String.valueOf(task.version))
                .entity(view(task, List.of())).build();
    }

    @GET
    @Path("/documents/{documentId}/tasks")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Follow-up tasks assigned by a document (readers in scope of its issuer)")
    public List<TaskView> ofDocument(@PathParam("documentId") UUID documentId) {
        LocalDate today = tasks.today();
        return tasks.ofDocument(documentId).stream().map(t -> TaskView.of(t, today, zone, null)).toList();
    }

    @GET
    @Path("/tasks")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Tasks issued by issuerId, or assigned to assigneeId (lead or coordinating); overdue=true: "
            + "deadline passed (Vietnam date) and not DONE; earliest deadline first, paged")
    public Page<TaskView> list(@QueryParam("issuerId") UUID issuerId, @QueryParam("assigneeId") UUID assigneeId,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue, @Valid @BeanParam PageRequest page) {
        LocalDate today = tasks.today();
        return tasks.list(issuerId, assigneeId, overdue, page).map(t -> TaskView.of(t, today, zone, null));
    }

    @GET
    @Path("/tasks/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "A task with its progress reports, oldest first (ETag = version)")
    public Response get(@PathParam("id") UUID id) {
        FollowUpTask task = tasks.get(id);
        return Response.ok(view(task, tasks.reports(task.id))).tag(String.valueOf(task.version)).build();
    }

    @POST
    @Path("/tasks/{id}/reports")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Report progress (secretaries in scope of the lead organization): {version, percent, status, "
            + "text}; NOT_STARTED is 0%, IN_PROGRESS below 100%, DONE 100%")
    public Response report(@PathParam("id") UUID id, @Valid TaskService.Report request) {
        TaskReport report = tasks.report(id, request);
        FollowUpTask task = tasks.get(id);
        return Response.created(URI.create("/api/events/tasks/" + id)).tag(String.valueOf(task.version))
                .entity(view(task, tasks.reports(task.id))).build();
    }

    @POST
    @Path("/tasks/{id}/closure")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "The issuing level confirms closure against a 100% DONE report (evidenceReportId, default "
            + "the latest report)")
    public Response close(@PathParam("id") UUID id, @Valid TaskService.Close request) {
        FollowUpTask task = tasks.close(id, request);
        return Response.ok(view(task, tasks.reports(task.id))).tag(String.valueOf(task.version)).build();
    }

    private TaskView view(FollowUpTask task, List<TaskReport> reports) {
        return TaskView.of(task, tasks.today(), zone, reports.stream().map(r -> ReportView.of(r, zone)).toList());
    }
}
