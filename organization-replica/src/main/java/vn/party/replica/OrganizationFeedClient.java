package vn.party.replica;

import java.time.temporal.ChronoUnit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

import vn.party.contracts.organization.OrganizationFeed;

/**
 * Membership's organization feed, read with this service's own client-credentials token (the default OIDC client:
 * {@code party-inspection} or {@code party-events}, role {@code organization-feed-reader}). Only the replica's
 * consumer calls it, on its schedule, never on a request path and never inside a database transaction. A failure
 * is retried twice, a call is cut after 10 s, and when half of the last ten calls failed the circuit opens for 30 s
 * (polls then fail fast and the replica keeps answering from what it holds).
 */
@RegisterRestClient(configKey = "organization-feed")
@OidcClientFilter
@Path("/api/membership/organization-feed")
@Produces(MediaType.APPLICATION_JSON)
public interface OrganizationFeedClient {

    @GET
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, jitter = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    OrganizationFeed after(@QueryParam("after") long after, @QueryParam("limit") int limit);
}
