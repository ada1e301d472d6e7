package vn.party.gateway.health;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.mutiny.Uni;

import vn.party.gateway.upstream.Upstream;
import vn.party.gateway.upstream.Upstreams;

/**
 * One readiness check per service, asking the service's own {@code /q/health/ready}: the gateway's readiness
 * is the whole system's. Liveness stays the gateway's own, so a service outage never restarts the gateway.
 */
@Singleton
public class UpstreamReadiness {

    private static final Logger LOG = Logger.getLogger(UpstreamReadiness.class);

    private final Upstreams upstreams;
    private final HealthRegistry readiness;

    UpstreamReadiness(Upstreams upstreams, @Readiness HealthRegistry readiness) {
        this.upstreams = upstreams;
        this.readiness = readiness;
    }

    void register(@Observes StartupEvent started) {
        upstreams.all().forEach(upstream -> readiness.register(upstream.name(), () -> check(upstream)));
    }

    private Uni<HealthCheckResponse> check(Upstream upstream) {
        return Uni.createFrom().completionStage(() -> upstreams.get(upstream, "/q/health/ready").toCompletionStage())
                .map(reply -> HealthCheckResponse.named(upstream.name())
                        .status(reply.status() == 200)
                        .withData("status", reply.status() == 200 ? "UP" : "DOWN")
                        .withData("httpStatus", reply.status())
                        .build())
                .onFailure().recoverWithItem(failure -> {
                    // health is public: the reason goes to the log, not to the caller
                    LOG.debugf("Readiness of %s unknown: %s", upstream.name(), failure.toString());
                    return HealthCheckResponse.named(upstream.name()).down().withData("status", "UNREACHABLE").build();
                });
    }
}
