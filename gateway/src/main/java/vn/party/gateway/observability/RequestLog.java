package vn.party.gateway.observability;

import java.time.Duration;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

import vn.party.common.web.CorrelationId;
import vn.party.gateway.ratelimit.Admission;

/**
 * One access-log line and one timing per request: request id, client id, method, route label, status and
 * duration, and nothing personal: no user name, no query string (it may carry names or a CCCD), no body.
 * Metrics are tagged by route label, method and status, so their number stays bounded whatever the paths.
 */
@Singleton
public class RequestLog {

    /** Its own category, so operators can route or silence access lines apart from the application's. */
    public static final String CATEGORY = "vn.party.gateway.access";

    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private final RouteTemplates routes;
    private final MeterRegistry registry;

    RequestLog(RouteTemplates routes, MeterRegistry registry) {
        this.routes = routes;
        this.registry = registry;
    }

    void register(@Observes Filters filters) {
        // after the correlation id (1000), before the token check (900), so refusals are logged too
        filters.register(ctx -> {
            long started = System.nanoTime();
            ctx.addEndHandler(ended -> record(ctx, System.nanoTime() - started));
            ctx.next();
        }, 950);
    }

    private void record(RoutingContext ctx, long nanos) {
        String requestId = ctx.get(CorrelationId.MDC_KEY);
        String clientId = ctx.get(Admission.CLIENT_ID);
        String method = RouteTemplates.method(ctx.request().method().name());
        String route = routes.of(ctx.request().path());
        int status = ctx.response().getStatusCode();
        if (requestId != null) {
            MDC.put(CorrelationId.MDC_KEY, requestId);
        }
        LOG.infof("request=%s client=%s method=%s route=%s status=%d durationMs=%d",
                requestId == null ? "-" : requestId, clientId == null ? "-" : clientId, method, route, status,
                nanos / 1_000_000);

        String statusTag = Integer.toString(status);
        Timer.builder("gateway.requests")
                .description("Requests through the gateway by route label, method and status")
                .tags("route", route, "method", method, "status", statusTag, "outcome", outcome(status))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(60))
                .register(registry)
                .record(Duration.ofNanos(nanos));
        if (status >= 500) {
            Counter.builder("gateway.request.errors")
                    .description("Requests answered with a 5xx by route label")
                    .tags("route", route, "status", statusTag)
                    .register(registry)
                    .increment();
        }
    }

    private static String outcome(int status) {
        if (status >= 500) {
            return "SERVER_ERROR";
        }
        if (status >= 400) {
            return "CLIENT_ERROR";
        }
        return status >= 200 && status < 300 ? "SUCCESS" : "OTHER";
    }
}
