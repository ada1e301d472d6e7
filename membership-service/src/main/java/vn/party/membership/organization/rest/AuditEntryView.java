package vn.party.membership.organization.rest;

import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.party.common.persistence.AuditEntry;
import vn.party.membership.member.domain.NationalIdMask;

/**
 * One audit row as read through the API. The trail stores full CCCDs (so a change of the middle digits shows);
 * readers other than bloc-admin get them masked.
 */
public record AuditEntryView(Instant occurredAt, String actor, String action, @JsonRawValue String changes,
        String requestId, String clientAddress) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** For bloc-admin: the values as stored. */
    public static AuditEntryView of(AuditEntry entry) {
        return of(entry, true);
    }

    public static AuditEntryView of(AuditEntry entry, boolean revealNationalId) {
        return new AuditEntryView(entry.occurredAt, entry.actor, entry.action,
                revealNationalId ? entry.changes : maskNationalIds(entry.changes), entry.requestId,
                entry.clientAddress);
    }

    /** {@code {"nationalId": {"before": "0010…", "after": "…"}}} → both values masked; other fields unchanged. */
    static String maskNationalIds(String changes) {
        if (changes == null || !changes.contains("nationalId")) {
            return changes;
        }
        try {
            JsonNode root = JSON.readTree(changes);
            if (root instanceof ObjectNode object && object.get("nationalId") instanceof ObjectNode change) {
                for (Iterator<Map.Entry<String, JsonNode>> it = change.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> value = it.next();
                    if (value.getValue().isTextual()) {
                        value.setValue(JSON.getNodeFactory().textNode(NationalIdMask.mask(value.getValue().asText())));
                    }
                }
            }
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            return null; // never show what cannot be masked
        }
    }
}
