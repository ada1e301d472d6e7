package vn.party.events.task;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.CallerContext;
import vn.party.common.security.OrganizationHierarchy;
import vn.party.common.security.OrganizationScope;
import vn.party.common.security.ScopeGuard;
import vn.party.common.time.PartyClock;
import vn.party.events.document.MeetingDocument;

/**
 * Follow-up tasks of an issued document. The issuing level (secretaries in scope of the document's issuer,
 * bloc-admin) assigns and closes; the lead organization's secretaries (in scope of the lead) report progress;
 * readers in scope of the issuer or of an assignee read. Every change is audited in its transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class TaskService {

    static final String AUDIT_TYPE = "follow-up-task";

    public static final String RULE_DEADLINE_BEFORE_ISSUE = "task.deadline-before-issue";
    public static final String RULE_ASSIGNEE_OUTSIDE_ISSUER = "task.assignee-outside-issuer";
    public static final String RULE_REPORT_INCONSISTENT = "task.report-inconsistent";
    public static final String RULE_CLOSED = "task.closed";
    public static final String RULE_CLOSE_INCOMPLETE = "task.close-incomplete";

    static final String REQUIRED = "bắt buộc (required)";

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    PartyClock clock;

    @Inject
    OrganizationHierarchy hierarchy;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CallerContext callerContext;

    @ConfigProperty(name = "party.presentation-zone")
    ZoneId zone;

    public record Assign(
            @NotBlank(message = REQUIRED)
            @Size(max = 500, message = "tối đa 500 ký tự (at most 500 characters)")
            String title,
            @Size(max = 20000, message = "tối đa 20000 ký tự (at most 20000 characters)")
            String content,
            @NotNull(message = REQUIRED)
            UUID leadOrganizationId,
            @Size(max = 100, message = "tối đa 100 tổ chức (at most 100 organizations)")
            List<@NotNull(message = REQUIRED) UUID> coordinatingOrganizationIds,
            @NotNull(message = REQUIRED)
            LocalDate deadline) {
    }

    public record Report(
            @NotNull(message = REQUIRED)
            Long version,
            @NotNull(message = REQUIRED)
            @Min(value = 0, message = "từ 0 đến 100 (0 to 100)")
            @Max(value = 100, message = "từ 0 đến 100 (0 to 100)")
            Integer percent,
            @NotNull(message = REQUIRED)
            TaskStatus status,
            @NotBlank(message = REQUIRED)
            @Size(max = 20000, message = "tối đa 20000 ký tự (at most 20000 characters)")
            String text) {
    }

    /** Without {@code evidenceReportId}, the latest report is the evidence. */
    public record Close(
            @NotNull(message = REQUIRED)
            Long version,
            UUID evidenceReportId,
            @Size(max = 20000, message = "tối đa 20000 ký tự (at most 20000 characters)")
            String note) {
    }

    public FollowUpTask assign(@NotNull UUID documentId, @NotNull @Valid Assign request) {
        MeetingDocument document = MeetingDocument.<MeetingDocument>findByIdOptional(documentId)
                .orElseThrow(() -> ProblemException.notFound("Văn bản", documentId));
        scopeGuard.requireWrite(document.issuerId);
        Set<UUID> coordinators = new LinkedHashSet<>(
                request.coordinatingOrganizationIds() == null ? List.of() : request.coordinatingOrganizationIds());
        if (coordinators.contains(request.leadOrganizationId())) {
            throw ProblemException.invalidField("coordinatingOrganizationIds",
                    "không được gồm tổ chức chủ trì (must not include the lead organization)");
        }
        if (request.deadline().isBefore(document.issuedOn)) {
            throw ProblemException.ruleViolated(RULE_DEADLINE_BEFORE_ISSUE, "Hạn " + request.deadline()
                    + " trước ngày ban hành văn bản " + document.issuedOn + " (deadline before the issue date)");
        }
        requireBelowIssuer(document.issuerId, request.leadOrganizationId());
        coordinators.forEach(organization -> requireBelowIssuer(document.issuerId, organization));

        FollowUpTask task = new FollowUpTask();
        task.id = UUID.randomUUID();
        task.documentId = document.id;
        task.issuerId = document.issuerId;
        task.documentSymbol = document.symbol;
        task.leadOrganizationId = request.leadOrganizationId();
        task.coordinatingOrganizationIds = coordinators;
        task.title = request.title().trim();
        task.content = request.content() == null || request.content().isBlank() ? null : request.content().trim();
        task.deadline = request.deadline();
        task.status = TaskStatus.NOT_STARTED;
        task.percent = 0;
        task.persist();
        FollowUpTask.flush();
        auditTrail.created(AUDIT_TYPE, task.id, task.auditState());
        return task;
    }

    /** Assignees are the issuer itself or organizations below it. */
    private void requireBelowIssuer(UUID issuerId, UUID organizationId) {
        List<UUID> ancestry = hierarchy.ancestry(organizationId).orElse(List.of());
        if (!ancestry.contains(issuerId)) {
            throw ProblemException.ruleViolated(RULE_ASSIGNEE_OUTSIDE_ISSUER, "Tổ chức " + organizationId
                    + " không thuộc cấp ban hành " + issuerId + " (not the issuing organization or below it)");
        }
    }

    /** Readable by readers in scope of the issuer, the lead or a coordinating organization. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowUpTask get(@NotNull UUID id) {
        FollowUpTask task = find(id);
        boolean readable = scopeGuard.permits(task.issuerId, OrganizationScope.Access.READ)
                || scopeGuard.permits(task.leadOrganizationId, OrganizationScope.Access.READ)
                || task.coordinatingOrganizationIds.stream()
                        .anyMatch(organization -> scopeGuard.permits(organization, OrganizationScope.Access.READ));
        if (!readable) {
            scopeGuard.requireRead(task.leadOrganizationId);
        }
        return task;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TaskReport> reports(UUID taskId) {
        return TaskReport.list("taskId", Sort.by("sequence"), taskId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpTask> ofDocument(@NotNull UUID documentId) {
        MeetingDocument document = MeetingDocument.<MeetingDocument>findByIdOptional(documentId)
                .orElseThrow(() -> ProblemException.notFound("Văn bản", documentId));
        scopeGuard.requireRead(document.issuerId);
        return FollowUpTask.list("documentId", Sort.by("deadline").and("createdAt").and("id"), documentId);
    }

    public TaskReport report(@NotNull UUID id, @NotNull @Valid Report request) {
        FollowUpTask task = find(id);
        scopeGuard.requireWrite(task.leadOrganizationId);
        task.requireVersion(request.version());
        if (task.closed()) {
            throw ProblemException.ruleViolated(RULE_CLOSED, "Nhiệm vụ đã kết thúc (the task is closed)");
        }
        int percent = request.percent();
        boolean consistent = switch (request.status()) {
            case NOT_STARTED -> percent == 0;
            case IN_PROGRESS -> percent < 100;
            case DONE -> percent == 100;
        };
        if (!consistent) {
            throw ProblemException.ruleViolated(RULE_REPORT_INCONSISTENT, "Trạng thái " + request.status()
                    + " không khớp " + percent + "% (NOT_STARTED is 0%, IN_PROGRESS below 100%, DONE exactly 100%)");
        }
        Map<String, Object> before = task.auditState();
        TaskReport report = new TaskReport();
        report.id = UUID.randomUUID();
        report.taskId = task.id;
        report.sequence = ++task.reportCount;
        report.percent = percent;
        report.status = request.status();
        report.text = request.text().trim();
        report.reportedBy = callerContext.caller().name();
        report.reportedAt = clock.now();
        report.persist();
        task.percent = percent;
        task.status = request.status();
        task.updatedAt = report.reportedAt;
        FollowUpTask.flush();
        Map<String, AuditTrail.Change> changes = new java.util.LinkedHashMap<>(AuditTrail.diff(before, task.auditState()));
        changes.put("report", new AuditTrail.Change(null, Map.of("id", report.id.toString(), "sequence", report.sequence,
                "percent", report.percent, "status", report.status.name(), "text", report.text)));
        auditTrail.recorded("REPORT", AUDIT_TYPE, task.id, changes);
        return report;
    }

    /** The issuing level confirms closure against a 100% report (by default the latest). */
    public FollowUpTask close(@NotNull UUID id, @NotNull @Valid Close request) {
        FollowUpTask task = find(id);
        scopeGuard.requireWrite(task.issuerId);
        task.requireVersion(request.version());
        if (task.closed()) {
            throw ProblemException.ruleViolated(RULE_CLOSED, "Nhiệm vụ đã kết thúc (the task is already closed)");
        }
        TaskReport evidence;
        if (request.evidenceReportId() != null) {
            evidence = TaskReport.<TaskReport>findByIdOptional(request.evidenceReportId())
                    .filter(report -> report.taskId.equals(task.id))
                    .orElseThrow(() -> ProblemException.invalidField("evidenceReportId",
                            "không phải báo cáo của nhiệm vụ này (not a report of this task)"));
        } else {
            evidence = TaskReport.<TaskReport>find("taskId", Sort.descending("sequence"), task.id).firstResult();
        }
        if (evidence == null || evidence.percent < 100 || task.percent < 100 || task.status != TaskStatus.DONE) {
            throw ProblemException.ruleViolated(RULE_CLOSE_INCOMPLETE, "Chỉ kết thúc được khi đã báo cáo hoàn thành "
                    + "100% (closing needs a 100% DONE report as evidence; current " + task.percent + "%)");
        }
        Map<String, Object> before = task.auditState();
        task.closedAt = clock.now();
        task.closedBy = callerContext.caller().name();
        task.closingReportId = evidence.id;
        task.closingNote = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        FollowUpTask.flush();
        auditTrail.recorded("CLOSE", AUDIT_TYPE, task.id, AuditTrail.diff(before, task.auditState()));
        return task;
    }

    /**
     * Tasks issued by {@code issuerId}, or assigned to {@code assigneeId} (as lead or coordinator); with
     * {@code overdue}, only those whose deadline passed (today in the presentation zone) and not DONE.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FollowUpTask> list(UUID issuerId, UUID assigneeId, boolean overdue, PageRequest page) {
        if ((issuerId == null) == (assigneeId == null)) {
            throw ProblemException.invalidField(issuerId == null ? "issuerId" : "assigneeId",
                    "cần đúng một trong issuerId, assigneeId (exactly one of issuerId, assigneeId)");
        }
        UUID organization = issuerId != null ? issuerId : assigneeId;
        scopeGuard.requireRead(organization);
        StringBuilder where = new StringBuilder(issuerId != null ? "issuerId = :org"
                : "(leadOrganizationId = :org or :org member of coordinatingOrganizationIds)");
        Parameters parameters = Parameters.with("org", organization);
        if (overdue) {
            where.append(" and deadline < :today and status <> :done");
            parameters.and("today", today()).and("done", TaskStatus.DONE);
        }
        var query = FollowUpTask.<FollowUpTask>find(where.toString(),
                Sort.by("deadline").and("createdAt").and("id"), parameters);
        return Page.of(query.page(page.page, page.size).list(), page, query.count());
    }

    public LocalDate today() {
        return clock.today();
    }

    FollowUpTask find(UUID id) {
        return FollowUpTask.<FollowUpTask>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Nhiệm vụ", id));
    }
}
