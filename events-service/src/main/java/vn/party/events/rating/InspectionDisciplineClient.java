package vn.party.events.rating;

import java.util.UUID;

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

import io.quarkus.oidc.token.propagation.common.AccessToken;

import vn.party.common.persistence.remote.UpstreamStatus;
import vn.party.contracts.discipline.DisciplineDecisionPage;

/**
 * inspection-service's discipline decisions (the source of "disciplined in that year"), called with the current
 * caller's token; the answer is the contract {@link DisciplineDecisionPage}. URL per environment: {@code quarkus.rest-client.inspection.url}
 * ({@code QUARKUS_REST_CLIENT_INSPECTION_URL}).
 * Fault tolerance on each read: a timeout, retries on no answer or a 5xx (never a 4xx), a circuit breaker.
 */
@RegisterRestClient(configKey = "inspection")
@RegisterProvider(UpstreamStatus.class)
@AccessToken
@Path("/api/inspection/discipline/decisions")
@Produces(MediaType.APPLICATION_JSON)
public interface InspectionDisciplineClient {

    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = UpstreamStatus.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = UpstreamStatus.Refusal.class)
    @GET
    DisciplineDecisionPage decisions(@QueryParam("organizationId") UUID organizationId, @QueryParam("year") int year,
            @QueryParam("memberId") UUID memberId, @QueryParam("page") int page, @QueryParam("size") int size);
}
