package vn.party.gateway.proxy;

import java.util.function.Consumer;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

import vn.party.gateway.ratelimit.Admission;

/**
 * Checks the bearer token of a request to {@code /api/**} and lets it on only within the caller's rate limit.
 * Authentication happens here rather than in an HTTP permission policy so that a refusal is a problem+json.
 */
@Singleton
public class CallerGate {

    private static final Logger LOG = Logger.getLogger(CallerGate.class);

    private final HttpAuthenticator authenticator;
    private final Admission admission;

    CallerGate(HttpAuthenticator authenticator, Admission admission) {
        this.authenticator = authenticator;
        this.admission = admission;
    }

    /** Runs {@code admitted} on the request's context if the caller may go on; otherwise answers 401 or 429. */
    public void pass(RoutingContext ctx, Consumer<RoutingContext> admitted) {
        // The body must wait until the caller is admitted, then stream on untouched.
        ctx.request().pause();
        Context requestContext = Vertx.currentContext();
        // Asked directly rather than through the request's deferred identity, whose failure handler would answer
        // the refusal itself.
        authenticator.attemptAuthentication(ctx)
                .emitOn(task -> requestContext.runOnContext(v -> task.run()))
                .subscribe().with(
                        identity -> decide(ctx, identity == null || identity.isAnonymous() ? null : identity, admitted),
                        failure -> {
                            LOG.debugf("Token refused on %s: %s", ctx.request().path(), failure.getMessage());
                            decide(ctx, null, admitted);
                        });
    }

    private void decide(RoutingContext ctx, SecurityIdentity caller, Consumer<RoutingContext> admitted) {
        if (admission.admit(ctx, caller)) {
            admitted.accept(ctx);
        }
    }
}
