package vn.party.inspection.discipline.member;

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
 * Membership's member API, called with the caller's token (membership applies its own scope and audits the
 * dossier read). Only the facts discipline needs are mapped; other fields are ignored.
 */
@RegisterRestClient(configKey = "membership-members")
@AccessToken
@Path("/api/membership/members")
@Produces(MediaType.APPLICATION_JSON)
public interface MembershipMembersClient {

    @GET
    @Path("/{id}")
    Dossier dossier(@PathParam("id") UUID memberId);

    @GET
    @Path("/{id}/positions")
    Positions positions(@PathParam("id") UUID memberId, @QueryParam("size") int size);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Dossier(UUID id, UUID organizationId, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Positions(List<Position> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Position(String position, boolean current) {
    }
}
