package vn.party.gateway.compose;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

import vn.party.common.web.CorrelationId;
import vn.party.gateway.upstream.Upstream;
import vn.party.gateway.upstream.Upstreams;

/**
 * GETs the gateway makes to compose an answer from several services: non-blocking (Vert.x HTTP client), with
 * the caller's own token and request id, each bounded by its own timeout, never failing: every problem comes
 * back as an {@link Outcome}. A service whose circuit breaker is open (the proxy found it down) is not called.
 */
@Singleton
public class UpstreamCalls {

    private static final Logger LOG = Logger.getLogger(UpstreamCalls.class);

    private final Upstreams upstreams;
    private final ObjectMapper json;
    private final MeterRegistry registry;

    UpstreamCalls(Upstreams upstreams, ObjectMapper json, MeterRegistry registry) {
        this.upstreams = upstreams;
        this.json = json;
        this.registry = registry;
    }

    /** The caller whose token and request id every call carries. */
    public record Caller(String authorization, String requestId) {
    }

    public Uni<Outcome> get(String service, String uri, Caller caller, Duration timeout) {
        Upstream upstream = upstreams.byName(service);
        if (upstream.breaker().state() == CircuitBreakerState.OPEN) {
            return Uni.createFrom().item(counted(service, Outcome.unavailable(Outcome.CIRCUIT_OPEN, 0)));
        }
        RequestOptions options = upstream.request(uri)
                .setMethod(HttpMethod.GET)
                // closes the connection of a call given up on; the whole call is bounded below
                .setIdleTimeout(timeout.toMillis())
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        if (caller.authorization() != null) {
            options.putHeader(HttpHeaders.AUTHORIZATION, caller.authorization());
        }
        if (caller.requestId() != null) {
            options.putHeader(CorrelationId.HEADER, caller.requestId());
        }
        return Uni.createFrom().completionStage(() -> send(options).toCompletionStage())
                .ifNoItem().after(timeout).failWith(TimeoutException::new)
                .onFailure().recoverWithItem(failure -> failed(service, uri, failure))
                .map(outcome -> counted(service, outcome));
    }

    /** {@code gateway_upstream_calls_total{service, outcome, reason}}: reasons are a fixed set, so tags stay bounded. */
    private Outcome counted(String service, Outcome outcome) {
        registry.counter("gateway.upstream.calls", "service", service, "outcome", outcome.kind().name(),
                "reason", outcome.reason() == null ? "none" : outcome.reason()).increment();
        return outcome;
    }

    private Future<Outcome> send(RequestOptions options) {
        return upstreams.client().request(options)
                .compose(HttpClientRequest::send)
                .compose(response -> response.body().map(body -> answered(response.statusCode(), body)));
    }

    private Outcome answered(int status, Buffer body) {
        if (status >= 500) {
            return Outcome.unavailable(Outcome.UPSTREAM_5XX, status);
        }
        JsonNode parsed = parse(body);
        if (status >= 200 && status < 300) {
            return parsed == null && body.length() > 0 ? Outcome.unavailable(Outcome.INVALID_RESPONSE, status)
                    : Outcome.ok(status, parsed);
        }
        if (status >= 400) {
            return Outcome.refused(status, parsed);
        }
        return Outcome.unavailable(Outcome.INVALID_RESPONSE, status);
    }

    private JsonNode parse(Buffer body) {
        if (body.length() == 0) {
            return null;
        }
        try {
            return json.readTree(body.getBytes());
        } catch (Exception e) {
            return null;
        }
    }

    private static Outcome failed(String service, String uri, Throwable failure) {
        String name = failure.getClass().getSimpleName();
        // a connect timeout is a connection failure; a silent service (idle or overall timeout) is a timeout
        boolean timedOut = !name.contains("Connect") && !(failure instanceof ConnectException)
                && (failure instanceof TimeoutException || failure instanceof io.smallrye.mutiny.TimeoutException
                        || name.contains("Timeout"));
        String reason = timedOut ? Outcome.TIMEOUT : Outcome.CONNECTION;
        // the path only: query strings may carry personal data
        LOG.warnf("%s did not answer %s (%s): %s", service, pathOf(uri), reason, failure.getClass().getSimpleName());
        return Outcome.unavailable(reason, 0);
    }

    private static String pathOf(String uri) {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }
}
