package vn.party.gateway.proxy;

import java.util.OptionalLong;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;

import vn.party.common.problem.ProblemType;
import vn.party.common.problem.Problems;
import vn.party.common.web.ProblemWriter;
import vn.party.gateway.GatewayConfig;
import vn.party.gateway.ratelimit.RateLimiter;
import vn.party.gateway.upstream.Upstream;
import vn.party.gateway.upstream.Upstreams;

/**
 * {@code /api/<service>/**}: authenticate, count against the caller's rate limit, then proxy to the service.
 * Authentication happens here rather than in an HTTP permission policy so that a refusal is a problem+json.
 */
@Singleton
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    private final Upstreams upstreams;
    private final HttpAuthenticator authenticator;
    private final RateLimiter rateLimiter;
    private final long responseTimeoutMillis;

    ProxyRoutes(Upstreams upstreams, HttpAuthenticator authenticator, RateLimiter rateLimiter, GatewayConfig config) {
        this.upstreams = upstreams;
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.responseTimeoutMillis = config.timeout().response().toMillis();
    }

    void register(@Observes Router router) {
        for (Upstream upstream : upstreams.all()) {
            HttpProxy proxy = HttpProxy.reverseProxy(upstreams.client())
                    .origin(context -> context.client().request(
                            upstream.request(context.request().getURI()).setIdleTimeout(responseTimeoutMillis)))
                    .addInterceptor(new UpstreamInterceptor(upstream));
            router.route(upstream.pathPrefix() + "/*").handler(ctx -> authenticate(ctx, proxy));
        }
    }

    private void authenticate(RoutingContext ctx, HttpProxy proxy) {
        // The body must wait until the caller is admitted, then stream to the service untouched.
        ctx.request().pause();
        Context requestContext = Vertx.currentContext();
        // Asked directly rather than through the request's deferred identity, whose failure handler would answer
        // the refusal itself.
        authenticator.attemptAuthentication(ctx)
                .emitOn(task -> requestContext.runOnContext(v -> task.run()))
                .subscribe().with(
                        identity -> admit(ctx, proxy, identity == null || identity.isAnonymous() ? null : identity),
                        failure -> {
                            LOG.debugf("Token refused on %s: %s", ctx.request().path(), failure.getMessage());
                            admit(ctx, proxy, null);
                        });
    }

    private void admit(RoutingContext ctx, HttpProxy proxy, SecurityIdentity caller) {
        // Without a valid token the client address is the only key, which also slows down token guessing.
        String key = caller != null ? "user:" + caller.getPrincipal().getName() : "ip:" + clientAddress(ctx);
        OptionalLong retryAfter = rateLimiter.tryAcquire(key);
        if (retryAfter.isPresent()) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.getAsLong()));
            refuse(ctx, ProblemType.TOO_MANY_REQUESTS, "Quá nhiều yêu cầu, thử lại sau %d giây (too many requests)"
                    .formatted(retryAfter.getAsLong()));
        } else if (caller == null) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            refuse(ctx, ProblemType.UNAUTHORIZED,
                    "Cần đăng nhập: gửi một bearer token hợp lệ (a valid bearer token is required)");
        } else {
            proxy.handle(ctx.request());
        }
    }

    private static void refuse(RoutingContext ctx, ProblemType type, String detail) {
        // Drain the unread body, or the connection stalls before the next request.
        ctx.request().resume();
        ProblemWriter.write(ctx, Problems.of(type, detail, ctx.request().path()));
    }

    private static String clientAddress(RoutingContext ctx) {
        SocketAddress remote = ctx.request().remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }
}
