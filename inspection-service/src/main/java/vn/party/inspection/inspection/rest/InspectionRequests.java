package vn.party.inspection.inspection.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.discipline.TargetKind;
import vn.party.inspection.inspection.ConclusionOutcome;
import vn.party.inspection.inspection.FindingSeverity;
import vn.party.inspection.inspection.InspectionKind;
import vn.party.inspection.inspection.InspectionStep;
import vn.party.inspection.plan.InspectingBody;

public final class InspectionRequests {

    public static final String REQUIRED = "bắt buộc (required)";
    public static final String NOT_FUTURE = "không được ở tương lai (must not be in the future)";
    public static final String VERSION = "bắt buộc: phiên bản đã đọc (required: the version you read)";
    public static final String NON_NEGATIVE = "phải ≥ 0 (must be ≥ 0)";

    private InspectionRequests() {
    }

    /**
     * Opens an inspection. A member target needs {@code targetMemberId} (their organization is read from
     * membership); an organization target {@code targetOrganizationId}. {@code planItemId} links a programme item.
     */
    public record Open(
            @NotNull(message = REQUIRED) InspectionKind kind,
            @NotNull(message = REQUIRED) UUID inspectingOrganizationId,
            @NotNull(message = REQUIRED) InspectingBody inspectingBody,
            @NotNull(message = REQUIRED) TargetKind targetKind,
            UUID targetOrganizationId,
            UUID targetMemberId,
            UUID planItemId,
            @NotBlank(message = REQUIRED) @Size(max = 500, message = "tối đa 500 ký tự (at most 500 characters)")
            String subject,
            @NotBlank(message = REQUIRED) @Size(max = 8000, message = "tối đa 8000 ký tự (at most 8000 characters)")
            String content) {
    }

    /** Metadata of a document; the file is uploaded to document storage, which returns {@code storageRef}. */
    public record AttachmentMeta(
            @NotBlank(message = REQUIRED) @Size(max = 255, message = "tối đa 255 ký tự (at most 255 characters)") String name,
            @NotBlank(message = REQUIRED)
            @Pattern(regexp = "^[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]*/[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]*$",
                    message = "kiểu tệp dạng type/subtype, ví dụ application/pdf (a media type such as application/pdf)")
            @Size(max = 127, message = "tối đa 127 ký tự (at most 127 characters)") String mediaType,
            @NotNull(message = REQUIRED) @PositiveOrZero(message = NON_NEGATIVE)
            @Max(value = 1_073_741_824L, message = "tối đa 1 GiB (at most 1 GiB)") Long sizeBytes,
            @NotBlank(message = REQUIRED) @Size(max = 500, message = "tối đa 500 ký tự (at most 500 characters)")
            String storageRef) {
    }

    /** Records the next step of the procedure; CONCLUSION also states the outcome. */
    public record RecordStep(
            @NotNull(message = REQUIRED) InspectionStep step,
            @NotNull(message = REQUIRED) @PastOrPresent(message = NOT_FUTURE) LocalDate date,
            @Size(max = 60, message = "tối đa 60 ký tự (at most 60 characters)") String documentNumber,
            @Size(max = 8000, message = "tối đa 8000 ký tự (at most 8000 characters)") String note,
            ConclusionOutcome outcome,
            @Size(max = 20, message = "tối đa 20 tệp (at most 20 attachments)") List<@NotNull(message = REQUIRED) @Valid AttachmentMeta> attachments,
            @NotNull(message = VERSION) @PositiveOrZero(message = NON_NEGATIVE) Long version) {
    }

    public record AddFinding(
            @NotBlank(message = REQUIRED) @Size(max = 4000, message = "tối đa 4000 ký tự (at most 4000 characters)") String text,
            @NotNull(message = REQUIRED) FindingSeverity severity,
            @NotNull(message = VERSION) @PositiveOrZero(message = NON_NEGATIVE) Long version) {
    }

    /**
     * Opens a discipline case from a conclusion of VIOLATION_FOUND. The target is the inspection's: its member, or
     * its organization; for an organization inspection {@code targetMemberId} names a member of it instead.
     */
    public record OpenCase(
            UUID targetMemberId,
            @NotBlank(message = REQUIRED) @Size(max = 4000, message = "tối đa 4000 ký tự (at most 4000 characters)")
            String violationDescription,
            @NotNull(message = REQUIRED) @PastOrPresent(message = NOT_FUTURE) LocalDate violationDate,
            @NotNull(message = REQUIRED) DisciplineForm proposedForm,
            @NotNull(message = VERSION) @PositiveOrZero(message = NON_NEGATIVE) Long version) {
    }
}
