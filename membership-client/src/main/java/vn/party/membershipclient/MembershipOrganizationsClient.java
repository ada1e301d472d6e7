package vn.party.membershipclient;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** Membership's organization API, called with the current caller's token. */
@RegisterRestClient(configKey = "membership")
@AccessToken
@Path("/api/membership/organizations")
@Produces(MediaType.APPLICATION_JSON)
public interface MembershipOrganizationsClient {

    @GET
    @Path("/{id}/ancestry")
    List<UUID> ancestry(@PathParam("id") UUID organizationId);
}
