package vn.party.inspection.discipline.outbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One outbox row and its delivery state, as read for bloc-admin. */
public record OutboxMessage(UUID id, String aggregateType, UUID aggregateId, String effect, UUID memberId,
        UUID organizationId, LocalDate effectiveDate, String payload, Instant createdAt, Instant deliveredAt, int attempts,
        Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatus, String lastError, Instant parkedAt,
        UUID supersededBy) {

    /** PENDING (waiting for its date or a retry), PARKED, DELIVERED, SUPERSEDED. */
    public enum State {
        PENDING,
        PARKED,
        DELIVERED,
        SUPERSEDED
    }

    public State state() {
        if (deliveredAt != null) {
            return State.DELIVERED;
        }
        if (supersededBy != null) {
            return State.SUPERSEDED;
        }
        return parkedAt != null ? State.PARKED : State.PENDING;
    }

    static final String COLUMNS = "id, aggregate_type, aggregate_id, effect, member_id, organization_id, effective_date,"
            + " cast(payload as text), created_at, delivered_at, attempts, next_attempt_at, last_attempt_at, last_status,"
            + " last_error, parked_at, superseded_by";

    static OutboxMessage of(Object[] row) {
        return new OutboxMessage((UUID) row[0], (String) row[1], (UUID) row[2], (String) row[3], (UUID) row[4],
                (UUID) row[5], date(row[6]), (String) row[7], instant(row[8]), instant(row[9]), ((Number) row[10]).intValue(),
                instant(row[11]), instant(row[12]), row[13] == null ? null : ((Number) row[13]).intValue(), (String) row[14],
                instant(row[15]), (UUID) row[16]);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass().getName());
    }
}
