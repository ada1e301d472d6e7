package vn.party.inspection.discipline.member;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

import vn.party.common.persistence.remote.UpstreamStatus;
import vn.party.contracts.facts.DisciplineFacts;

/**
 * Membership's purpose-built member facts for discipline (contract {@link DisciplineFacts}), called with the caller's
 * token so membership applies its own scope. Not the dossier: reading them is no dossier read. Under fault tolerance:
 * a read, so retried on no answer or a 5xx (never on a 4xx, membership's decision); the breaker opens when membership
 * keeps failing. Errors are mapped once, in {@link MemberFactsSource}.
 */
@RegisterRestClient(configKey = "membership-members")
@RegisterProvider(UpstreamStatus.class)
@AccessToken
@Path("/api/membership/members")
@Produces(MediaType.APPLICATION_JSON)
public interface MembershipMembersClient {

    @GET
    @Path("/{id}/discipline-facts")
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = UpstreamStatus.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = UpstreamStatus.Refusal.class)
    DisciplineFacts facts(@PathParam("id") UUID memberId);
}
