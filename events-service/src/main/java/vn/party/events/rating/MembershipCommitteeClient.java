package vn.party.events.rating;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

import vn.party.common.persistence.remote.UpstreamStatus;
import vn.party.contracts.committee.Committee;

/**
 * membership-service's committee of an organization on a date (who held a post in the cấp ủy), called with the
 * caller's token; the answer is the contract {@link Committee}. Its own config key, {@code quarkus.rest-client.membership-committee.url}, defaults to the
 * membership URL.
 * Fault tolerance on each read: a timeout, retries on no answer or a 5xx (never a 4xx), a circuit breaker.
 */
@RegisterRestClient(configKey = "membership-committee")
@RegisterProvider(UpstreamStatus.class)
@AccessToken
@Path("/api/membership/organizations")
@Produces(MediaType.APPLICATION_JSON)
public interface MembershipCommitteeClient {

    /** {@code asOf} as YYYY-MM-DD. */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = UpstreamStatus.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = UpstreamStatus.Refusal.class)
    @GET
    @Path("/{id}/committee")
    Committee committee(@PathParam("id") UUID organizationId, @QueryParam("asOf") String asOf);
}
