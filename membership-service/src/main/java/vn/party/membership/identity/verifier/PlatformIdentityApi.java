package vn.party.membership.identity.verifier;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The platform's verification operation. Built programmatically by {@link HttpIdentityVerifier} with the configured
 * URL (base URL + path), timeouts and API key; the raw response is read there, so every status is an answer to
 * interpret rather than an exception.
 */
public interface PlatformIdentityApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response verify(String jsonBody);
}
