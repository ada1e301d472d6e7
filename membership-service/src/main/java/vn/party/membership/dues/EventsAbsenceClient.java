package vn.party.membership.dues;

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
 * events-service's members absent without reason from monthly cell meetings (the attendance half of the removal
 * rule), called with the current caller's token so events applies the caller's own scope. URL per environment:
 * {@code quarkus.rest-client.events.url} ({@code QUARKUS_REST_CLIENT_EVENTS_URL}).
 */
@RegisterRestClient(configKey = "events")
@AccessToken
@Path("/api/events/attendance/absences")
@Produces(MediaType.APPLICATION_JSON)
public interface EventsAbsenceClient {

    @GET
    Absences absences(@QueryParam("organizationId") UUID organizationId, @QueryParam("year") int year,
            @QueryParam("minMonths") int minMonths, @QueryParam("page") int page, @QueryParam("size") int size);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Absences(UUID organizationId, Integer year, Integer minMonths, MemberPage members) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MemberPage(List<MemberAbsences> items, Integer page, Integer size, Long totalItems, Integer totalPages) {
    }

    /** {@code months} as YYYY-MM, {@code absentMonths} their number. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MemberAbsences(UUID memberId, UUID organizationId, List<String> months, Integer absentMonths) {
    }
}
