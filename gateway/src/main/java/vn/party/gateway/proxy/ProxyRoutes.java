package vn.party.gateway.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;

import vn.party.gateway.GatewayConfig;
import vn.party.gateway.upstream.Upstream;
import vn.party.gateway.upstream.Upstreams;

/**
 * {@code /api/<service>/**} and the configured extra prefixes ({@code gateway.routes}, e.g. the integration feeds):
 * authenticate, count against the caller's rate limit, then proxy to the service, path unchanged.
 */
@Singleton
public class ProxyRoutes {

    private final Upstreams upstreams;
    private final CallerGate gate;
    private final long responseTimeoutMillis;
    private final Map<String, String> extraRoutes;

    ProxyRoutes(Upstreams upstreams, CallerGate gate, GatewayConfig config) {
        this.upstreams = upstreams;
        this.gate = gate;
        this.responseTimeoutMillis = config.timeout().response().toMillis();
        this.extraRoutes = config.routes();
    }

    void register(@Observes Router router) {
        for (Upstream upstream : upstreams.all()) {
            HttpProxy proxy = HttpProxy.reverseProxy(upstreams.client())
                    .origin(context -> context.client().request(
                            upstream.request(context.request().getURI()).setIdleTimeout(responseTimeoutMillis)))
                    .addInterceptor(new UpstreamInterceptor(upstream));
            for (String prefix : prefixes(upstream)) {
                router.route(prefix + "/*").handler(ctx -> gate.pass(ctx, admitted -> proxy.handle(admitted.request())));
            }
        }
    }

    /** The service's own prefix, then the extra ones routed to it. */
    List<String> prefixes(Upstream upstream) {
        List<String> prefixes = new ArrayList<>();
        prefixes.add(upstream.pathPrefix());
        extraRoutes.forEach((prefix, service) -> {
            if (service.equals(upstream.name())) {
                prefixes.add(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
            }
        });
        return prefixes;
    }

    void checkRoutes(@Observes io.quarkus.runtime.StartupEvent started) {
        extraRoutes.forEach((prefix, service) -> {
            if (!prefix.startsWith("/api/")) {
                throw new IllegalStateException("gateway.routes: " + prefix + " must start with /api/");
            }
            upstreams.byName(service);
        });
    }
}
