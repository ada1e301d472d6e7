package vn.party.gateway.proxy;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * The gateway's own endpoints under {@code /api/**} ({@code /api/members/{id}/dossier}, {@code /api/reports/**})
 * pass the same token check and rate limit as the proxied ones before their resource runs.
 */
@Singleton
public class ComposedEndpointsGate {

    static final List<String> PREFIXES = List.of("/api/members/", "/api/reports/");

    private final CallerGate gate;

    ComposedEndpointsGate(CallerGate gate) {
        this.gate = gate;
    }

    void register(@Observes Filters filters) {
        // after the correlation id (priority 1000), so refusals carry the request id
        filters.register(ctx -> {
            String path = ctx.normalizedPath();
            if (PREFIXES.stream().anyMatch(path::startsWith)) {
                gate.pass(ctx, admitted -> {
                    admitted.request().resume();
                    admitted.next();
                });
            } else {
                ctx.next();
            }
        }, 900);
    }
}
