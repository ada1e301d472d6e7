package vn.party.membership.admission;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.party.membership.member.domain.MemberStatus;

public final class ProbationRequests {

    private static final String REQUIRED = "bắt buộc (required)";

    private ProbationRequests() {
    }

    /** The cell's vote on recognition; {@code decisionRef} is the recognising decision when the vote passes. */
    public record Vote(
            @NotNull(message = REQUIRED) LocalDate votedOn,
            @NotNull(message = REQUIRED) @Positive(message = "phải > 0 (must be > 0)") Integer entitledVoters,
            @NotNull(message = REQUIRED) @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") Integer votesFor,
            @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)") String decisionRef) {
    }

    public record Removal(
            @NotNull(message = REQUIRED) LocalDate decidedOn,
            @NotBlank(message = REQUIRED) @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)")
            String decisionRef,
            @NotBlank(message = REQUIRED) @Size(max = 1000, message = "tối đa 1000 ký tự (at most 1000 characters)")
            String reason) {
    }

    public enum ReviewState { NOT_DUE, DUE, OVERDUE }

    /** A probationary member's review: due at the exact end of probation, to be considered within the working days. */
    public record Review(UUID memberId, String fullName, UUID organizationId, LocalDate admissionDate,
            LocalDate dueDate, LocalDate reviewDeadline, ReviewState state, long failedVotes, boolean escalated) {
    }

    public record Outcome(UUID memberId, MemberStatus status, LocalDate officialDate, long failedVotes,
            boolean escalated) {
    }
}
