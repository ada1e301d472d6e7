package vn.party.inspection.supervision.rest;

import static vn.party.inspection.inspection.rest.InspectionRequests.NON_NEGATIVE;
import static vn.party.inspection.inspection.rest.InspectionRequests.REQUIRED;
import static vn.party.inspection.inspection.rest.InspectionRequests.VERSION;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.party.inspection.discipline.TargetKind;
import vn.party.inspection.inspection.FindingSeverity;
import vn.party.inspection.plan.InspectingBody;
import vn.party.inspection.supervision.SupervisionKind;

public final class SupervisionRequests {

    private SupervisionRequests() {
    }

    public record Open(
            @NotNull(message = REQUIRED) SupervisionKind kind,
            @NotNull(message = REQUIRED) UUID inspectingOrganizationId,
            @NotNull(message = REQUIRED) InspectingBody inspectingBody,
            @NotNull(message = REQUIRED) TargetKind targetKind,
            UUID targetOrganizationId,
            UUID targetMemberId,
            @NotBlank(message = REQUIRED) @Size(max = 500, message = "tối đa 500 ký tự (at most 500 characters)") String subject,
            @NotBlank(message = REQUIRED) @Size(max = 8000, message = "tối đa 8000 ký tự (at most 8000 characters)") String content,
            @NotNull(message = REQUIRED) LocalDate periodFrom,
            @NotNull(message = REQUIRED) LocalDate periodTo) {
    }

    public record AddFinding(
            @NotBlank(message = REQUIRED) @Size(max = 4000, message = "tối đa 4000 ký tự (at most 4000 characters)") String text,
            @NotNull(message = REQUIRED) FindingSeverity severity,
            @NotNull(message = VERSION) @PositiveOrZero(message = NON_NEGATIVE) Long version) {
    }

    /** Escalates a finding to an inspection on signs of violation of the same target by the same body. */
    public record Escalate(
            @NotBlank(message = REQUIRED) @Size(max = 500, message = "tối đa 500 ký tự (at most 500 characters)") String subject,
            @Size(max = 8000, message = "tối đa 8000 ký tự (at most 8000 characters)") String content,
            @NotNull(message = VERSION) @PositiveOrZero(message = NON_NEGATIVE) Long version) {
    }
}
