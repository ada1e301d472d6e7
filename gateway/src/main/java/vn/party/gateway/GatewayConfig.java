package vn.party.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything the gateway reads from {@code gateway.*}; each value can be overridden by an environment variable. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Upstream services by name; {@code /api/<name>/**} is forwarded to the service of that name, path unchanged. */
    Map<String, Service> services();

    Timeout timeout();

    CircuitBreaker circuitBreaker();

    RateLimit rateLimit();

    OpenApi openapi();

    /**
     * Further path prefixes forwarded unchanged to a service, by prefix: e.g. {@code "/api/integration/members"}
     * to {@code membership}. The service's own {@code /api/<name>/**} needs no entry.
     */
    Map<String, String> routes();

    /**
     * Service-to-service endpoints the gateway never forwards, by path prefix: a request to one of them (or below it)
     * gets 404 whatever its token, so they can only be reached on the services' own network. Compared after
     * percent-decoding, removing {@code .}/{@code ..} segments, matrix parameters and repeated slashes, ignoring
     * case, so that no spelling of the path slips through to a service that would still match it.
     */
    @WithDefault("/api/membership/effects,/api/membership/events,/api/membership/organization-feed")
    List<String> internalPaths();

    Dossier dossier();

    Report report();

    /** Above Vert.x' default of 5, which would queue concurrent callers behind a handful of connections. */
    @WithDefault("100")
    int maxConnectionsPerService();

    interface Service {
        /** Scheme, host and port of the service, e.g. {@code http://localhost:8081}; a path is ignored. */
        URI url();
    }

    interface Timeout {
        /** Short, so a service that is down is reported within seconds. */
        @WithDefault("2s")
        Duration connect();

        /** How long a service may stay silent while answering a proxied request. */
        @WithDefault("30s")
        Duration response();

        /** For the health checks and the OpenAPI documents the gateway fetches itself. */
        @WithDefault("3s")
        Duration probe();
    }

    interface CircuitBreaker {
        /** Failed calls (unreachable, timed out) within ten seconds that open the breaker. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open breaker answers 503 without calling the service before it lets one call through. */
        @WithDefault("30s")
        Duration openDuration();
    }

    interface RateLimit {
        /** Per caller: the authenticated principal, or the client address for calls without a valid token. */
        @WithDefault("600")
        long requestsPerMinute();

        /**
         * Machine clients (role {@code integration}) are counted per client id (claim {@code azp}, else
         * {@code client_id}), whoever holds the token: {@code clients."party-integration".requests-per-minute}.
         */
        Map<String, Client> clients();

        /** For an integration client that {@link #clients()} does not name. */
        @WithDefault("120")
        long defaultClientRequestsPerMinute();

        interface Client {
            long requestsPerMinute();
        }
    }

    /** {@code GET /api/members/{id}/dossier}: how long each section may take before it is reported unavailable. */
    interface Dossier {
        Timeouts timeout();

        interface Timeouts {
            @WithDefault("3s")
            Duration profile();

            @WithDefault("3s")
            Duration statusHistory();

            @WithDefault("3s")
            Duration discipline();

            @WithDefault("3s")
            Duration inspections();

            @WithDefault("3s")
            Duration attendance();

            @WithDefault("3s")
            Duration ratings();

            @WithDefault("3s")
            Duration commendations();
        }
    }

    /** {@code GET /api/reports/annual}: how long each source of figures may take. */
    interface Report {
        Timeouts timeout();

        interface Timeouts {
            @WithDefault("10s")
            Duration membership();

            @WithDefault("10s")
            Duration inspection();

            @WithDefault("10s")
            Duration events();

            @WithDefault("10s")
            Duration commendations();
        }
    }

    interface OpenApi {
        /** How long the combined document is reused before the services are asked again. */
        @WithDefault("10s")
        Duration cacheTtl();
    }
}
