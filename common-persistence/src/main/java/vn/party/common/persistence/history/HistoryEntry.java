package vn.party.common.persistence.history;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.party.common.persistence.AuditEntry;

/** One audited event of a record, as the bloc office reads it: who, when, what (fields before/after). */
public record HistoryEntry(
        @Schema(description = "When, in UTC") Instant occurredAt,
        @Schema(description = "Who (user name, or a service such as organization-feed)") String actor,
        @Schema(description = "What: CREATE, UPDATE, READ, RESTRUCTURE_MOVE, RESTRUCTURE_PENDING, …") String action,
        @Schema(description = "The changed fields, {\"field\": {\"before\": …, \"after\": …}}", type =
                org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT) @JsonRawValue String changes,
        @Schema(description = "The request's correlation id") String requestId) {

    public static HistoryEntry of(AuditEntry entry) {
        return new HistoryEntry(entry.occurredAt, entry.actor, entry.action, entry.changes, entry.requestId);
    }
}
