package vn.party.inspection.discipline.outbox;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

import vn.party.contracts.effects.EffectDelivery;

/**
 * Membership's receiver of discipline effects. Called with this service's own token (client credentials of the
 * {@code party-inspection} client, realm role {@code effects-producer}), never a user's: the relay runs on a
 * schedule. The body is the contract's {@link EffectDelivery} with its {@code proof} ({@link EffectSigner}). The
 * receiver is idempotent by {@code id}.
 */
@RegisterRestClient(configKey = "membership-effects")
@OidcClientFilter
@Path("/api/membership/effects")
public interface MembershipEffectsClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response deliver(EffectDelivery effect);
}
