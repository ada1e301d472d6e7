package vn.party.membership.changes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;

/** What the change feeds answer. */
public final class FeedViews {

    private FeedViews() {
    }

    /** One row of the internal domain-event feed. */
    public record Event(long sequence, ResourceType resourceType, UUID resourceId, UUID organizationId,
            ChangeType change, String event, LocalDate effectiveDate, Instant occurredAt,
            @JsonRawValue String payload) {
    }

    /** A page of the internal feed: {@code next} is the last sequence returned, or the given {@code after}. */
    public record EventPage(List<Event> items, long next, boolean hasMore) {
    }

    public enum ItemChange { UPSERT, DELETE }

    /** One item of an integration feed: the resource's snapshot to upsert, or a tombstone ({@code data} null). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(UUID id, ItemChange change, long sequence, JsonNode data) {
    }

    /** A page of an integration feed: pass {@code cursor} as {@code since} next time. */
    public record ItemPage(List<Item> items, String cursor, boolean hasMore) {
    }
}
