package vn.party.inspection.complaint.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.complaint.Complaint;
import vn.party.inspection.complaint.ComplaintOutcome;
import vn.party.inspection.complaint.ComplaintStatus;

public record ComplaintView(UUID id, UUID caseId, UUID memberId, UUID organizationId, String filedBy, boolean filedByMember,
        LocalDate decisionReceivedDate, LocalDate filedDate, LocalDate deadline, String grounds,
        UUID handlingOrganizationId, ComplaintStatus status, DisciplineForm originalForm, Resolution resolution,
        long version, Instant createdAt, Instant updatedAt) {

    public record Resolution(ComplaintOutcome outcome, DisciplineForm newForm, String resolutionNumber,
            LocalDate resolutionDate, String reason, String resolvedBy) {
    }

    public static ComplaintView of(Complaint k) {
        Resolution resolution = k.resolved()
                ? new Resolution(k.outcome, k.newForm, k.resolutionNumber, k.resolutionDate, k.resolutionReason, k.resolvedBy)
                : null;
        return new ComplaintView(k.id, k.caseId, k.memberId, k.scopeOrganizationId, k.filedBy, k.filedByMember,
                k.decisionReceivedDate, k.filedDate, k.deadline, k.grounds, k.handlingOrganizationId, k.status,
                k.originalForm, resolution, k.version, k.createdAt, k.updatedAt);
    }
}
