package vn.party.events.commendation.membership;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

import vn.party.contracts.memberevents.MemberEventPage;

/**
 * Membership's domain-event feed, read by events-service on its own behalf: a client-credentials token of its own
 * {@code party-events} client (role {@code event-feed-reader}, which may read this feed and nothing else) from the
 * default OIDC client. The page is the feed contract's {@link MemberEventPage}, read strictly (a field renamed or
 * added by membership without a new contract version fails here, not silently).
 */
@RegisterRestClient(configKey = "membership-events")
@OidcClientFilter
@Path("/api/membership/events")
@Produces(MediaType.APPLICATION_JSON)
public interface MembershipEventsClient {

    @GET
    MemberEventPage after(@QueryParam("after") long after, @QueryParam("limit") int limit);
}
