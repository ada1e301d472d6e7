package vn.party.inspection.supervision.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.party.inspection.discipline.TargetKind;
import vn.party.inspection.inspection.FindingSeverity;
import vn.party.inspection.plan.InspectingBody;
import vn.party.inspection.supervision.Supervision;
import vn.party.inspection.supervision.SupervisionFinding;
import vn.party.inspection.supervision.SupervisionKind;

public final class SupervisionViews {

    private SupervisionViews() {
    }

    public record FindingView(UUID id, String text, FindingSeverity severity, String recordedBy, Instant recordedAt,
            UUID escalatedInspectionId) {
        public static FindingView of(SupervisionFinding f) {
            return new FindingView(f.id, f.text, f.severity, f.recordedBy, f.recordedAt, f.escalatedInspectionId);
        }
    }

    public record SupervisionView(UUID id, SupervisionKind kind, UUID inspectingOrganizationId, InspectingBody inspectingBody,
            TargetKind targetKind, UUID targetOrganizationId, UUID targetMemberId, String subject, String content,
            LocalDate periodFrom, LocalDate periodTo, List<FindingView> findings, long version, Instant createdAt,
            Instant updatedAt) {
        public static SupervisionView of(Supervision s, List<SupervisionFinding> findings) {
            return new SupervisionView(s.id, s.kind, s.inspectingOrganizationId, s.inspectingBody, s.targetKind,
                    s.targetOrganizationId, s.targetMemberId, s.subject, s.content, s.periodFrom, s.periodTo,
                    findings.stream().map(FindingView::of).toList(), s.version, s.createdAt, s.updatedAt);
        }
    }
}
