package vn.party.inspection.discipline.outbox;

import io.smallrye.config.ConfigMapping;

/** Signing of delivered discipline effects (docs/security.md, "Signed effects"). */
@ConfigMapping(prefix = "party.effects")
public interface EffectsConfig {

    /**
     * The PEM (PKCS#8) private key that signs each effect's {@code proof}: {@code classpath:...} or a file path
     * (production: a mounted secret; env PARTY_EFFECTS_SIGNING_KEY_LOCATION). No default: without it nothing could
     * be delivered, so the service refuses to start.
     */
    String signingKeyLocation();
}
