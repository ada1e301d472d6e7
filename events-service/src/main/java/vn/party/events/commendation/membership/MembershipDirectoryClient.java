package vn.party.events.commendation.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

import vn.party.common.persistence.remote.UpstreamStatus;
import vn.party.contracts.member.MemberStatus;

/**
 * Membership's member register, called with the current caller's token (membership applies the
 * caller's scope again). Only the fields commendations need are read; the rest of membership's views is ignored.
 * Fault tolerance on each read: a timeout, retries on no answer or a 5xx (never a 4xx), a circuit breaker. Errors mapped once, in MembershipDirectoryAdapter.
 */
@RegisterRestClient(configKey = "membership-directory")
@RegisterProvider(UpstreamStatus.class)
@AccessToken
@Path("/api/membership")
@Produces(MediaType.APPLICATION_JSON)
public interface MembershipDirectoryClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MemberSummary(UUID id, UUID organizationId, String fullName, LocalDate admissionDate,
            LocalDate officialDate, MemberStatus status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MemberPage(List<MemberSummary> items, int page, int size, long totalItems, int totalPages) {
    }

    /** From the dossier: {@code admissionDecisionDate} is where party seniority counts from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MemberDossier(UUID id, UUID organizationId, String fullName, LocalDate admissionDecisionDate,
            LocalDate admissionDate, LocalDate officialDate, MemberStatus status) {
    }

    /** The register list: the subtree of {@code organizationId}, the given statuses, one page (size ≤ 200). */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = UpstreamStatus.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = UpstreamStatus.Refusal.class)
    @GET
    @Path("/members")
    MemberPage members(@QueryParam("organizationId") UUID organizationId, @QueryParam("status") List<String> statuses,
            @QueryParam("sort") String sort, @QueryParam("page") int page, @QueryParam("size") int size);

    /** A member's dossier (membership audits the read as the caller's). */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = UpstreamStatus.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = UpstreamStatus.Refusal.class)
    @GET
    @Path("/members/{id}")
    MemberDossier member(@PathParam("id") UUID id);
}
