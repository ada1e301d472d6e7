package vn.party.common.security;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Builds the {@link Caller} of the current request from the verified token. */
@RequestScoped
public class CallerContext {

    @Inject
    SecurityIdentity identity;

    @Inject
    SecurityConfig config;

    private Caller caller;

    public Caller caller() {
        if (caller == null) {
            caller = new Caller(
                    identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName(),
                    identity.getRoles(),
                    uuidClaim(config.organizationClaim()),
                    uuidClaim(config.memberClaim()));
        }
        return caller;
    }

    private Optional<UUID> uuidClaim(String name) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().replace("\"", "").trim();
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException malformed) {
            // A malformed claim grants nothing rather than failing the request.
            return Optional.empty();
        }
    }
}
