package vn.party.membership.transfer;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.party.membership.member.rest.MemberRequests;

public final class TransferRequests {

    private static final String REQUIRED = "bắt buộc (required)";

    private TransferRequests() {
    }

    /**
     * Starts a transfer. A member of the tree ({@code memberId}) moves to {@code toOrganizationId} (internal) or to
     * the organization named {@code toExternalName} (outgoing); a member from outside ({@code fromExternalName},
     * {@code memberName}) comes into {@code toOrganizationId} (incoming). Official transfers need the triggering
     * decision and the introduction letter; temporary ones the period.
     */
    public record Start(
            @NotNull(message = REQUIRED)
            TransferKind kind,
            @NotNull(message = REQUIRED)
            TransferReason reason,
            UUID memberId,
            @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)")
            String memberName,
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)")
            String fromExternalName,
            UUID toOrganizationId,
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)")
            String toExternalName,
            @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)")
            String triggerDecisionRef,
            LocalDate triggerDecidedOn,
            @NotNull(message = REQUIRED)
            LocalDate requestedOn,
            @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)")
            String letterNumber,
            LocalDate letterIssuedOn,
            LocalDate startsOn,
            LocalDate endsOn,
            @Size(max = 1000, message = "tối đa 1000 ký tự (at most 1000 characters)")
            String note) {
    }

    /** The receiving side records that the member presented the letter; an incoming member's profile is registered. */
    public record Receipt(
            @NotNull(message = REQUIRED)
            LocalDate receivedOn,
            @Valid
            MemberRequests.Profile profile,
            @NotNull(message = "bắt buộc: phiên bản đã đọc (required: the version you read)")
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)")
            Long version) {
    }

    public record Cancellation(
            @NotNull(message = REQUIRED)
            LocalDate cancelledOn,
            @NotBlank(message = REQUIRED)
            @Size(max = 1000, message = "tối đa 1000 ký tự (at most 1000 characters)")
            String reason,
            @NotNull(message = "bắt buộc: phiên bản đã đọc (required: the version you read)")
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)")
            Long version) {
    }
}
