package vn.party.events.commendation.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/**
 * Membership's domain-event feed, read by events-service on its own behalf: a client-credentials token of its own
 * {@code party-events} client (role {@code event-feed-reader}, which may read this feed and nothing else) from the
 * default OIDC client.
 */
@RegisterRestClient(configKey = "membership-events")
@OidcClientFilter
@Path("/api/membership/events")
@Produces(MediaType.APPLICATION_JSON)
public interface MembershipEventsClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event(long sequence, String resourceType, String resourceId, String organizationId, String change,
            String event, LocalDate effectiveDate, String occurredAt, Map<String, Object> payload) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Batch(List<Event> items, long next, boolean hasMore) {
    }

    @GET
    Batch after(@QueryParam("after") long after, @QueryParam("limit") int limit);
}
