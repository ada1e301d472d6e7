package vn.party.inspection.discipline.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.party.contracts.effects.DecidingBodyKind;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.discipline.TargetKind;
import vn.party.inspection.discipline.ViolationCategory;

public final class DisciplineRequests {

    private static final String REQUIRED = "bắt buộc (required)";

    private DisciplineRequests() {
    }

    /** Opens a case. A member target needs {@code targetMemberId}; an organization target {@code targetOrganizationId}. */
    public record CreateCase(
            @NotNull(message = REQUIRED) TargetKind targetKind,
            UUID targetMemberId,
            UUID targetOrganizationId,
            @NotBlank(message = REQUIRED)
            @Size(max = 4000, message = "tối đa 4000 ký tự (at most 4000 characters)")
            String violationDescription,
            @NotNull(message = REQUIRED)
            @PastOrPresent(message = "không được ở tương lai (must not be in the future)")
            LocalDate violationDate,
            @Size(max = 4000, message = "tối đa 4000 ký tự (at most 4000 characters)")
            String newerViolationDescription,
            @PastOrPresent(message = "không được ở tương lai (must not be in the future)")
            LocalDate newerViolationDate,
            @NotNull(message = REQUIRED) DisciplineForm proposedForm,
            DisciplineForm violationLevel,
            ViolationCategory violationCategory,
            @PastOrPresent(message = "không được ở tương lai (must not be in the future)")
            LocalDate violationEndedOn,
            @PastOrPresent(message = "không được ở tương lai (must not be in the future)")
            LocalDate statuteStoppedOn) {

        /**
         * A case found by an inspection: its level is the proposed form, and the statute stopped on the day the
         * inspection was decided.
         */
        public static CreateCase fromInspection(TargetKind kind, UUID member, UUID organization, String description,
                LocalDate violationDate, DisciplineForm proposedForm, LocalDate inspectionDecided) {
            return new CreateCase(kind, member, organization, description, violationDate, null, null, proposedForm, null,
                    null, null, inspectionDecided);
        }

        /** The level the violation warrants; without one, the proposed form's. */
        public DisciplineForm level() {
            return violationLevel != null ? violationLevel : proposedForm;
        }
    }

    /** The decision of the competent body, with its vote counted over all entitled voters. */
    public record Decide(
            @NotNull(message = REQUIRED) DisciplineForm form,
            @NotNull(message = REQUIRED) DecidingBodyKind decidingBodyKind,
            @NotNull(message = REQUIRED) UUID decidingOrganizationId,
            @NotNull(message = REQUIRED) @Min(value = 1, message = "phải ≥ 1 (must be ≥ 1)") Integer entitledVoters,
            @NotNull(message = REQUIRED) @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") Integer votesFor,
            @NotNull(message = REQUIRED) @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") Integer votesAgainst,
            @NotBlank(message = REQUIRED) @Size(max = 60, message = "tối đa 60 ký tự (at most 60 characters)")
            String decisionNumber,
            @NotNull(message = REQUIRED)
            @PastOrPresent(message = "không được ở tương lai (must not be in the future)") LocalDate decisionDate,
            @NotNull(message = REQUIRED) LocalDate effectiveDate,
            @NotNull(message = "bắt buộc: phiên bản đã đọc (required: the version you read)")
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") Long version,
            @PastOrPresent(message = "không được ở tương lai (must not be in the future)") LocalDate receivedOn) {
    }

    public record Suspend(
            @NotNull(message = REQUIRED) UUID memberId,
            UUID caseId,
            @NotBlank(message = REQUIRED) @Size(max = 4000, message = "tối đa 4000 ký tự (at most 4000 characters)")
            String reason,
            @NotBlank(message = REQUIRED) @Size(max = 60, message = "tối đa 60 ký tự (at most 60 characters)")
            String decisionNumber,
            @NotNull(message = REQUIRED) LocalDate startDate,
            @NotNull(message = REQUIRED) @Min(value = 1, message = "phải ≥ 1 (must be ≥ 1)")
            @Max(value = 3650, message = "tối đa 3650 (at most 3650)") Integer days) {
    }

    public record Extend(
            @NotNull(message = REQUIRED) @Min(value = 1, message = "phải ≥ 1 (must be ≥ 1)")
            @Max(value = 3650, message = "tối đa 3650 (at most 3650)") Integer additionalDays,
            @NotBlank(message = REQUIRED) @Size(max = 60, message = "tối đa 60 ký tự (at most 60 characters)")
            String decisionNumber,
            @NotNull(message = "bắt buộc: phiên bản đã đọc (required: the version you read)")
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") Long version) {
    }
}
