package vn.party.contracts.memberevents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One row of membership's change log.
 *
 * @param resourceType what changed: a member or an organization
 * @param organizationId a member's organization after the change; an organization's parent after the change
 * @param change the kind of change; its domain meaning is {@code event}
 * @param event for a member, a {@link MemberEventType} name (or null when the change has no domain name); for an
 *        organization, the restructuring kind or {@code CORRECTED} (membership's own vocabulary, read by nobody yet)
 * @param effectiveDate the day the change takes effect in the register (null when it has none)
 * @param payload informational and not part of the typed contract: {@code {"snapshot": the resource's
 *        non-sensitive fields after the change, "details": what changed}}; consumers decide on the typed fields only
 */
public record MemberEvent(long sequence, ResourceType resourceType, UUID resourceId, UUID organizationId,
        ChangeType change, String event, LocalDate effectiveDate, Instant occurredAt, JsonNode payload) {

    /** The domain event of a member's change; empty for organizations and for member changes without a name. */
    @JsonIgnore
    public Optional<MemberEventType> memberEvent() {
        if (resourceType != ResourceType.MEMBER || event == null) {
            return Optional.empty();
        }
        for (MemberEventType type : MemberEventType.values()) {
            if (type.name().equals(event)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Whether this is the member's {@code type} event. */
    public boolean isMemberEvent(MemberEventType type) {
        return memberEvent().filter(type::equals).isPresent();
    }
}
