package vn.party.membership.changes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;
import vn.party.contracts.memberevents.MemberEventPage;

@Path("/api/membership/events")
@Tag(name = "Domain events", description = "Internal feed of member and organization changes for other services")
@Produces(MediaType.APPLICATION_JSON)
public class EventFeedResource {

    @Inject
    ChangeFeed feed;

    @GET
    @RolesAllowed({Roles.EVENT_FEED_READER, Roles.BLOC_ADMIN})
    @Operation(summary = "Changes after a sequence number, oldest first (event-feed-reader: events-service's client; bloc-admin). Poll with"
            + " after = the previous answer's next; numbers are gapless and commit in order, so nothing is missed."
            + " Contract: vn.party.contracts.memberevents.MemberEventPage (example contracts/memberevents/page.json)")
    @APIResponse(responseCode = "200", description = "A page of events", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "expulsion", value = """
                    {"items": [{"sequence": 4711, "resourceType": "MEMBER",
                      "resourceId": "00000000-0000-4000-8000-000000000101",
                      "organizationId": "00000000-0000-4000-8000-000000000011", "change": "STATUS_CHANGED",
                      "event": "EXPELLED", "effectiveDate": "2026-11-20", "occurredAt": "2026-11-20T03:15:00Z",
                      "payload": {"snapshot": {"id": "00000000-0000-4000-8000-000000000101",
                        "fullName": "Nguyễn Văn An", "status": "EXPELLED"},
                        "details": {"previousStatus": "OFFICIAL", "status": "EXPELLED", "decisionRef": "12-QĐ/UBKT"}}}],
                     "next": 4711, "hasMore": false}""")))
    public MemberEventPage events(
            @Parameter(description = "the last sequence already processed (0 or absent: from the beginning)")
            @QueryParam("after") String after,
            @Parameter(description = "1..500, default 100") @QueryParam("limit") String limit) {
        return feed.events(FeedCursor.sequence("after", after), FeedCursor.limit(limit, 100));
    }
}
