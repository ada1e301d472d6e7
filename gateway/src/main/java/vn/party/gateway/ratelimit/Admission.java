package vn.party.gateway.ratelimit;

import java.util.Optional;
import java.util.OptionalLong;

import jakarta.inject.Singleton;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

import vn.party.common.problem.ProblemType;
import vn.party.common.problem.Problems;
import vn.party.common.security.ClientIds;
import vn.party.common.security.Roles;
import vn.party.common.web.ProblemWriter;
import vn.party.gateway.GatewayConfig;

/**
 * Decides whether a request to {@code /api/**} goes on, once its token has been checked: the caller's rate
 * limit first (so token guessing is slowed down too), then the token. People are counted per user; machine
 * clients (role {@code integration}) per client id with their own configured limit; requests without a valid
 * token per client address.
 */
@Singleton
public class Admission {

    /** Routing-context key of the caller's client id, for the request log. */
    public static final String CLIENT_ID = "gateway.clientId";

    private final RateLimiter rateLimiter;
    private final GatewayConfig.RateLimit config;

    Admission(RateLimiter rateLimiter, GatewayConfig config) {
        this.rateLimiter = rateLimiter;
        this.config = config.rateLimit();
    }

    /** True if the request may go on; otherwise the 429 or 401 problem has been written. */
    public boolean admit(RoutingContext ctx, SecurityIdentity caller) {
        Optional<String> clientId = ClientIds.of(caller);
        clientId.ifPresent(id -> ctx.put(CLIENT_ID, id));
        OptionalLong retryAfter = acquire(ctx, caller, clientId);
        if (retryAfter.isPresent()) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.getAsLong()));
            refuse(ctx, ProblemType.TOO_MANY_REQUESTS, "Quá nhiều yêu cầu, thử lại sau %d giây (too many requests)"
                    .formatted(retryAfter.getAsLong()));
            return false;
        }
        if (caller == null) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            refuse(ctx, ProblemType.UNAUTHORIZED,
                    "Cần đăng nhập: gửi một bearer token hợp lệ (a valid bearer token is required)");
            return false;
        }
        return true;
    }

    private OptionalLong acquire(RoutingContext ctx, SecurityIdentity caller, Optional<String> clientId) {
        if (caller == null) {
            // Without a valid token the client address is the only key.
            return rateLimiter.tryAcquire("ip:" + clientAddress(ctx));
        }
        if (caller.hasRole(Roles.INTEGRATION)) {
            // One bucket per machine client, whoever of its instances calls; a token without a client id is
            // counted on its own at the default client limit.
            String key = clientId.map(id -> "client:" + id).orElse("client-user:" + caller.getPrincipal().getName());
            long perMinute = clientId.map(id -> config.clients().get(id)).map(GatewayConfig.RateLimit.Client::requestsPerMinute)
                    .orElse(config.defaultClientRequestsPerMinute());
            return rateLimiter.tryAcquire(key, perMinute);
        }
        return rateLimiter.tryAcquire("user:" + caller.getPrincipal().getName());
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
