package vn.party.membership.changes;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import vn.party.contracts.memberevents.ChangeType;
import vn.party.contracts.memberevents.ResourceType;

/** What the integration feeds answer (the internal feed answers the contract's {@code MemberEventPage}). */
public final class FeedViews {

    private FeedViews() {
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
