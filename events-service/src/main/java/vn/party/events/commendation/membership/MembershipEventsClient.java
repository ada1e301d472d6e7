package vn.party.events.commendation.membership;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

import vn.party.common.persistence.remote.UpstreamStatus;
import vn.party.contracts.memberevents.MemberEventPage;

/**
 * Membership's domain-event feed, read by events-service on its own behalf: a client-credentials token of its own
 * {@code party-events} client (role {@code event-feed-reader}, which may read this feed and nothing else) from the
 * default OIDC client. The page is the feed contract's {@link MemberEventPage}, read strictly (a field renamed or
 * added by membership without a new contract version fails here, not silently).
 * Fault tolerance on each read: a timeout, retries on no answer or a 5xx (never a 4xx), a circuit breaker.
 */
@RegisterRestClient(configKey = "membership-events")
@RegisterProvider(UpstreamStatus.class)
@OidcClientFilter
@Path("/api/membership/events")
@Produces(MediaType.APPLICATION_JSON)
public interface MembershipEventsClient {

    @Timeout(20000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = UpstreamStatus.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = UpstreamStatus.Refusal.class)
    @GET
    MemberEventPage after(@QueryParam("after") long after, @QueryParam("limit") int limit);
}
