package vn.party.events.rating;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * inspection-service's discipline decisions (the source of "disciplined in that year"), called with the current
 * caller's token. URL per environment: {@code quarkus.rest-client.inspection.url}
 * ({@code QUARKUS_REST_CLIENT_INSPECTION_URL}).
 */
@RegisterRestClient(configKey = "inspection")
@AccessToken
@Path("/api/inspection/discipline/decisions")
@Produces(MediaType.APPLICATION_JSON)
public interface InspectionDisciplineClient {

    @GET
    DecisionPage decisions(@QueryParam("organizationId") UUID organizationId, @QueryParam("year") int year,
            @QueryParam("memberId") UUID memberId, @QueryParam("page") int page, @QueryParam("size") int size);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DecisionPage(List<Decision> items, Integer totalPages) {
    }

    /** One decision; {@code targetKind} MEMBER or ORGANIZATION; {@code status} ANNULLED ones do not count. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Decision(UUID caseId, String targetKind, UUID memberId, UUID organizationId, String form,
            String decisionNumber, LocalDate decisionDate, LocalDate effectiveDate, String status) {
    }
}
