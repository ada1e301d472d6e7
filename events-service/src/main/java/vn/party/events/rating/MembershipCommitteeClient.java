package vn.party.events.rating;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * membership-service's committee of an organization on a date (who held a post in the cấp ủy), called with the
 * caller's token. Its own config key, {@code quarkus.rest-client.membership-committee.url}, defaults to the
 * membership URL.
 */
@RegisterRestClient(configKey = "membership-committee")
@AccessToken
@Path("/api/membership/organizations")
@Produces(MediaType.APPLICATION_JSON)
public interface MembershipCommitteeClient {

    /** {@code asOf} as YYYY-MM-DD. */
    @GET
    @Path("/{id}/committee")
    Committee committee(@PathParam("id") UUID organizationId, @QueryParam("asOf") String asOf);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Committee(UUID organizationId, List<Post> partyCommittee) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Post(UUID memberId, String position) {
    }
}
