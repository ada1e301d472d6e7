package vn.party.membership.effects;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Receiving inspection's effects. */
@ConfigMapping(prefix = "party.effects")
public interface EffectsConfig {

    /**
     * inspection-service's effect-signing public key (PEM): {@code classpath:...} or a file path (in production a
     * mounted secret). Every delivery's {@code proof} is verified with it; without it the service does not start.
     */
    String verificationKeyLocation();

    /** How often scheduled effects are checked for their date (0 = off); read by {@link DueEffects}. */
    @WithDefault("PT15M")
    Duration dueCheckInterval();
}
