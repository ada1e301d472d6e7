package vn.party.inspection.denunciation.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.party.inspection.denunciation.Denunciation;
import vn.party.inspection.denunciation.DenunciationService;
import vn.party.inspection.denunciation.DenunciationStatus;
import vn.party.inspection.discipline.TargetKind;

/**
 * A denunciation as the caller may see it: {@code denouncer} is null and {@code denouncerLabel} "ẩn danh" unless the
 * caller is the assigned inspector or bloc-admin and the denunciation is named.
 */
public record DenunciationView(UUID id, TargetKind subjectKind, UUID subjectMemberId, UUID organizationId, String content,
        LocalDate receivedDate, LocalDate deadline, boolean overdue, DenunciationStatus status, String assignedInspector,
        LocalDate assignedOn, String resolution, LocalDate resolutionDate, LocalDate noticeDate, Denouncer denouncer,
        String denouncerLabel, long version, Instant createdAt, Instant updatedAt) {

    public static final String HIDDEN = "ẩn danh";

    public record Denouncer(String fullName, String contact, String address) {
    }

    public static DenunciationView of(DenunciationService.Seen seen) {
        Denunciation d = seen.denunciation();
        Denouncer who = seen.denouncer().map(x -> new Denouncer(x.fullName, x.contact, x.address)).orElse(null);
        return new DenunciationView(d.id, d.subjectKind, d.subjectMemberId, d.scopeOrganizationId, d.content, d.receivedDate,
                d.deadline, seen.overdue(), d.status, d.assignedInspector, d.assignedOn, d.resolution, d.resolutionDate,
                d.noticeDate, who, who == null ? HIDDEN : who.fullName(), d.version, d.createdAt, d.updatedAt);
    }
}
