package vn.party.common.persistence.restructuring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An open record of an organization that was split, waiting for the bloc office to say which successor takes it
 * ({@code assignedTo} null until then).
 */
public record PendingAssignment(UUID id, String recordKind, UUID recordId, UUID predecessorId,
        List<UUID> successorIds, String successionKind, LocalDate effectiveOn, Instant listedAt, UUID assignedTo,
        Instant assignedAt, String assignedBy) {
}
