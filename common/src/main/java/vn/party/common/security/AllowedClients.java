package vn.party.common.security;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Accepts a verified token only if it was issued to one of this system's clients ({@code party.security.allowed-clients}).
 * Signature, issuer and audience say the realm issued the token for this API; they do not say which application
 * asked for it, and any client of the realm that maps the audience would otherwise be let in. Runs on every
 * authentication, in every service and the gateway, so a refusal is the usual 401 problem+json.
 */
@ApplicationScoped
public class AllowedClients implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(AllowedClients.class);

    private final Set<String> allowed;

    AllowedClients(SecurityConfig config) {
        this.allowed = Set.copyOf(config.allowedClients());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        if (!(identity.getPrincipal() instanceof JsonWebToken)) {
            // Only bearer tokens authenticate here; anything else is not a caller this system knows.
            return refuse("no token");
        }
        Optional<String> client = ClientIds.of(identity);
        if (client.isEmpty() || !allowed.contains(client.get())) {
            return refuse(client.orElse("none"));
        }
        return Uni.createFrom().item(identity);
    }

    private static Uni<SecurityIdentity> refuse(String client) {
        LOG.debugf("Token of client %s refused: not in party.security.allowed-clients", client);
        return Uni.createFrom().failure(new AuthenticationFailedException(
                "Token của ứng dụng không được phép (token issued to a client that is not allowed)"));
    }
}
