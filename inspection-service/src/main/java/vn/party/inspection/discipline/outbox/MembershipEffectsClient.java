package vn.party.inspection.discipline.outbox;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

import vn.party.common.persistence.remote.UpstreamStatus;
import vn.party.contracts.effects.EffectDelivery;

/**
 * Membership's receiver of discipline effects. Called with this service's own token (client credentials of the
 * {@code party-inspection} client, realm role {@code effects-producer}), never a user's: the relay runs on a
 * schedule. The body is the contract's {@link EffectDelivery} with its {@code proof} ({@link EffectSigner}). The
 * receiver is idempotent by {@code id}.
 */
@RegisterRestClient(configKey = "membership-effects")
@RegisterProvider(UpstreamStatus.class)
@OidcClientFilter
@Path("/api/membership/effects")
public interface MembershipEffectsClient {

    /**
     * Not retried here (a POST; the relay retries on its own schedule with backoff); bounded by a timeout and a circuit
     * breaker that a 4xx (membership's decision) does not open. Errors are mapped once, in the relay's send.
     */
    @POST
    @Timeout(20000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30000, skipOn = UpstreamStatus.Refusal.class)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response deliver(EffectDelivery effect);
}
