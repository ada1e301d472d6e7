package vn.party.membership.deadline;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One item of the secretary's to-do list: what, whose, from when ({@code openedOn}), the last day
 * ({@code dueDate}) and the status as of the asked date, with the ids to follow (member, candidate, transfer) and,
 * for a warning that is not a deadline (a cell below its minimum size), the {@code reason}.
 */
public record Deadline(
        DeadlineKind kind,
        LocalDate dueDate,
        DeadlineStatus status,
        LocalDate openedOn,
        UUID organizationId,
        String subject,
        UUID memberId,
        UUID candidateId,
        UUID transferId,
        String reason) {
}
