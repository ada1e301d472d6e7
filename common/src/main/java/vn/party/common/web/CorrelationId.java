package vn.party.common.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Every request carries an {@code X-Request-Id}: the gateway sets it, services adopt it (or make one when
 * called directly), put it in the logging context as {@code requestId} and echo it in the response.
 */
public class CorrelationId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            String id = acceptOrCreate(ctx.request().getHeader(HEADER));
            ctx.request().headers().set(HEADER, id);
            ctx.put(MDC_KEY, id);
            MDC.put(MDC_KEY, id);
            ctx.response().putHeader(HEADER, id);
            ctx.next();
        }, 1000);
    }

    /** Keeps a well-formed incoming id; anything else (missing, too long, odd characters) is replaced. */
    public static String acceptOrCreate(String incoming) {
        if (incoming != null && SAFE.matcher(incoming).matches()) {
            return incoming;
        }
        return UUID.randomUUID().toString();
    }
}
