package vn.party.membership.organization.rest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

import vn.party.common.persistence.AuditEntry;

public record AuditEntryView(Instant occurredAt, String actor, String action, @JsonRawValue String changes,
        String requestId) {

    public static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.occurredAt, entry.actor, entry.action, entry.changes, entry.requestId);
    }
}
