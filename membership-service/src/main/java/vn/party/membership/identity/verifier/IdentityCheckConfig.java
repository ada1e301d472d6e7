package vn.party.membership.identity.verifier;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Everything the identity check reads from {@code identity-check.*}; each key has an environment variable
 * ({@code identity-check.http.base-url} → {@code IDENTITY_CHECK_HTTP_BASE_URL}). See docs/identity-check.md.
 */
@ConfigMapping(prefix = "identity-check")
public interface IdentityCheckConfig {

    /** Which adapter answers; {@code none} (the default) makes the check answer 503 "not configured". */
    @WithDefault("none")
    Provider provider();

    Http http();

    Local local();

    enum Provider {
        NONE, HTTP, LOCAL;

        /** The name recorded with each check and used in the configuration: {@code http}, {@code local}. */
        public String configName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The provincial integration platform (LGSP/NDOP) in front of the national population database. */
    interface Http {

        /** Scheme, host, port (and any base path) of the platform, e.g. {@code https://lgsp.example.gov.vn}. */
        Optional<URI> baseUrl();

        /** Path of the verification operation below {@link #baseUrl()}. */
        @WithDefault("/api/v1/citizen-identity/verify")
        String path();

        /** The header that carries the API key issued by the platform. */
        @WithDefault("X-API-Key")
        String apiKeyHeader();

        /** The API key itself: from a secret, never committed, never logged. Required with {@code provider=http}. */
        Optional<String> apiKey();

        @WithDefault("2s")
        Duration connectTimeout();

        /** How long the platform may stay silent on one attempt. */
        @WithDefault("5s")
        Duration readTimeout();

        /** Further attempts after a transient failure (connection error, timeout, 5xx, 429); 0 disables retries. */
        @WithDefault("2")
        int maxRetries();

        /** Delay before the first retry; doubled before each next one, up to {@link #maxRetryDelay()}. */
        @WithDefault("500ms")
        Duration retryDelay();

        @WithDefault("2s")
        Duration maxRetryDelay();

        /**
         * Upper bound on all attempts together. Keep it below the gateway's response timeout (30 s) so the caller
         * gets this service's answer (the recorded UNAVAILABLE check) rather than the gateway's.
         */
        @WithDefault("20s")
        Duration maxDuration();
    }

    /** Development stand-in: a small configured population register, compared field by field. */
    interface Local {

        /** Citizens by CCCD, e.g. {@code identity-check.local.citizens."001080012345".full-name=Nguyễn Văn An}. */
        Map<String, Citizen> citizens();
    }

    interface Citizen {
        String fullName();

        LocalDate dateOfBirth();
    }
}
