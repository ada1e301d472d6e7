package vn.party.membership.identity.verifier;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Picks the adapter named by {@code identity-check.provider}. {@code none} (the default) means no adapter: the check
 * is refused as "not configured", never answered with a made-up success. A chosen adapter is built at start-up, so a
 * missing URL or API key stops the service with a clear message instead of failing the first check.
 */
@ApplicationScoped
public class IdentityVerifiers {

    private static final Logger LOG = Logger.getLogger(IdentityVerifiers.class);

    @Inject
    IdentityCheckConfig config;

    @Inject
    Instance<HttpIdentityVerifier> http;

    @Inject
    Instance<LocalIdentityVerifier> local;

    void verifyConfiguration(@Observes StartupEvent startup) {
        switch (config.provider()) {
            case NONE -> LOG.info("Identity check not configured (identity-check.provider=none): checks answer 503");
            case HTTP -> http.get().provider(); // builds the client; refuses a missing URL or key
            case LOCAL -> LOG.warnf("identity-check.provider=local: answers come from %d configured citizen(s),"
                    + " NOT from the national population database (development only)",
                    config.local().citizens().size());
        }
    }

    /** The adapter in use, or empty when none is configured. */
    public Optional<IdentityVerifier> active() {
        return switch (config.provider()) {
            case NONE -> Optional.empty();
            case HTTP -> Optional.of(http.get());
            case LOCAL -> Optional.of(local.get());
        };
    }
}
