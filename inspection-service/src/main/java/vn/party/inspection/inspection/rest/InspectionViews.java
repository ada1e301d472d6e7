package vn.party.inspection.inspection.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.party.inspection.discipline.TargetKind;
import vn.party.inspection.inspection.Attachment;
import vn.party.inspection.inspection.ConclusionOutcome;
import vn.party.inspection.inspection.Finding;
import vn.party.inspection.inspection.FindingSeverity;
import vn.party.inspection.inspection.Inspection;
import vn.party.inspection.inspection.InspectionKind;
import vn.party.inspection.inspection.InspectionStatus;
import vn.party.inspection.inspection.InspectionStep;
import vn.party.inspection.inspection.StepRecord;
import vn.party.inspection.plan.InspectingBody;

public final class InspectionViews {

    private InspectionViews() {
    }

    public record AttachmentView(String name, String mediaType, long sizeBytes, String storageRef) {
        public static AttachmentView of(Attachment a) {
            return new AttachmentView(a.name, a.mediaType, a.sizeBytes, a.storageRef);
        }
    }

    public record StepView(InspectionStep step, LocalDate date, String documentNumber, String note,
            List<AttachmentView> attachments, String recordedBy, Instant recordedAt) {
        public static StepView of(StepRecord s, List<Attachment> attachments) {
            return new StepView(s.step, s.date, s.documentNumber, s.note,
                    attachments.stream().map(AttachmentView::of).toList(), s.recordedBy, s.recordedAt);
        }
    }

    public record FindingView(UUID id, String text, FindingSeverity severity, String recordedBy, Instant recordedAt) {
        public static FindingView of(Finding f) {
            return new FindingView(f.id, f.text, f.severity, f.recordedBy, f.recordedAt);
        }
    }

    /** A row of a list: the inspection without its steps and findings. */
    public record Summary(UUID id, InspectionKind kind, UUID inspectingOrganizationId, InspectingBody inspectingBody,
            TargetKind targetKind, UUID targetOrganizationId, UUID targetMemberId, String subject, InspectionStatus status,
            InspectionStep lastStep, LocalDate lastStepDate, LocalDate decisionDate, ConclusionOutcome outcome, long version) {
        public static Summary of(Inspection i) {
            return new Summary(i.id, i.kind, i.inspectingOrganizationId, i.inspectingBody, i.targetKind, i.targetOrganizationId,
                    i.targetMemberId, i.subject, i.status, i.lastStep, i.lastStepDate, i.decisionDate, i.outcome, i.version);
        }
    }

    public record Detail(UUID id, InspectionKind kind, UUID inspectingOrganizationId, InspectingBody inspectingBody,
            TargetKind targetKind, UUID targetOrganizationId, UUID targetMemberId, UUID planItemId, UUID originFindingId,
            String subject, String content, InspectionStatus status, InspectionStep lastStep, LocalDate lastStepDate,
            InspectionStep nextStep, LocalDate decisionDate, ConclusionOutcome outcome, List<StepView> steps,
            List<FindingView> findings, List<UUID> disciplineCaseIds, long version, Instant createdAt, Instant updatedAt) {
    }

    /** What a member reads about an inspection of themselves once its conclusion was notified. */
    public record ConclusionView(UUID inspectionId, InspectionKind kind, UUID inspectingOrganizationId,
            InspectingBody inspectingBody, String subject, ConclusionOutcome outcome, LocalDate conclusionDate,
            String conclusionNumber, String conclusion, LocalDate noticeDate, String noticeNumber,
            List<FindingView> findings) {
    }
}
