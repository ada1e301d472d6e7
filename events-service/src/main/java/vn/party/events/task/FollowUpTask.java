package vn.party.events.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import vn.party.common.persistence.VersionedEntity;

/**
 * A follow-up task assigned by an issued document to a lead organization (with coordinating
 * organizations) and a deadline. Its status and percent are the latest progress report's.
 */
@Entity
@Table(name = "follow_up_task")
public class FollowUpTask extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Column(name = "issuer_id", nullable = false)
    public UUID issuerId;

    @Column(name = "document_symbol", nullable = false, length = 60)
    public String documentSymbol;

    @Column(name = "lead_organization_id", nullable = false)
    public UUID leadOrganizationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "follow_up_task_coordinator", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "organization_id", nullable = false)
    public Set<UUID> coordinatingOrganizationIds = new LinkedHashSet<>();

    @Column(nullable = false, length = 500)
    public String title;

    @Column(columnDefinition = "text")
    public String content;

    @Column(nullable = false)
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public TaskStatus status;

    @Column(nullable = false)
    public int percent;

    @Column(name = "report_count", nullable = false)
    public int reportCount;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by", length = 200)
    public String closedBy;

    @Column(name = "closing_report_id")
    public UUID closingReportId;

    @Column(name = "closing_note", columnDefinition = "text")
    public String closingNote;

    public boolean closed() {
        return closedAt != null;
    }

    /** Deadline passed (before {@code today}) and not reported DONE. */
    public boolean overdueOn(LocalDate today) {
        return deadline.isBefore(today) && status != TaskStatus.DONE;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("documentId", documentId);
        state.put("issuerId", issuerId);
        state.put("leadOrganizationId", leadOrganizationId);
        state.put("coordinatingOrganizationIds", coordinatingOrganizationIds.stream().map(UUID::toString).sorted().toList());
        state.put("title", title);
        state.put("content", content);
        state.put("deadline", deadline == null ? null : deadline.toString());
        state.put("status", status);
        state.put("percent", percent);
        state.put("closedAt", closedAt == null ? null : closedAt.toString());
        state.put("closingReportId", closingReportId);
        state.put("closingNote", closingNote);
        return state;
    }
}
