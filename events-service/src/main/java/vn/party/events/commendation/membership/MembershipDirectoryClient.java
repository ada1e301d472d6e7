package vn.party.events.commendation.membership;

import java.util.List;
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
import vn.party.contracts.facts.SeniorityFacts;
import vn.party.contracts.member.MemberPage;

/**
 * Membership's member register, called with the current caller's token (membership applies the
 * caller's scope again). Answers are contracts: the register list's {@link MemberPage} (a projection: the rest of
 * membership's row is ignored) and a member's {@link SeniorityFacts}, a purpose-built read that, unlike the dossier,
 * membership does not audit as a dossier read.
 * Fault tolerance on each read: a timeout, retries on no answer or a 5xx (never a 4xx), a circuit breaker. Errors mapped once, in MembershipDirectoryAdapter.
 */
@RegisterRestClient(configKey = "membership-directory")
@RegisterProvider(UpstreamStatus.class)
@AccessToken
@Path("/api/membership")
@Produces(MediaType.APPLICATION_JSON)
public interface MembershipDirectoryClient {

    /** The register list: the subtree of {@code organizationId}, the given statuses, one page (size ≤ 200). */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = UpstreamStatus.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = UpstreamStatus.Refusal.class)
    @GET
    @Path("/members")
    MemberPage members(@QueryParam("organizationId") UUID organizationId, @QueryParam("status") List<String> statuses,
            @QueryParam("sort") String sort, @QueryParam("page") int page, @QueryParam("size") int size);

    /** A member's organization, name, status and admission dates (commendations, member checks): not the dossier. */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = UpstreamStatus.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = UpstreamStatus.Refusal.class)
    @GET
    @Path("/members/{id}/seniority-facts")
    SeniorityFacts seniorityFacts(@PathParam("id") UUID id);
}
