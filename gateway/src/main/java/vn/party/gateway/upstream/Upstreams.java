package vn.party.gateway.upstream;

import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;

import vn.party.gateway.GatewayConfig;

/** The configured services and the one HTTP client the gateway uses to reach them. */
@Singleton
public class Upstreams {

    private static final Logger LOG = Logger.getLogger(Upstreams.class);

    private final HttpClient client;
    private final List<Upstream> all;
    private final long probeTimeoutMillis;

    Upstreams(Vertx vertx, GatewayConfig config) {
        this.client = vertx.createHttpClient(
                new HttpClientOptions().setConnectTimeout((int) config.timeout().connect().toMillis()),
                new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerService()));
        this.all = config.services().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Upstream(e.getKey(), e.getValue().url(), breaker(vertx, e.getKey(), config.circuitBreaker())))
                .toList();
        this.probeTimeoutMillis = config.timeout().probe().toMillis();
    }

    private static CircuitBreaker breaker(Vertx vertx, String name, GatewayConfig.CircuitBreaker config) {
        CircuitBreaker breaker = CircuitBreaker.create("upstream-" + name, vertx, new CircuitBreakerOptions()
                .setMaxFailures(config.failureThreshold())
                .setResetTimeout(config.openDuration().toMillis())
                // the HTTP client's connect and response timeouts already bound every call
                .setTimeout(-1)
                // no state broadcast on the event bus: nobody listens
                .setNotificationAddress(null));
        return breaker
                .openHandler(v -> LOG.warnf("Circuit to %s opened: answering 503 without calling it", name))
                .halfOpenHandler(v -> LOG.infof("Circuit to %s half-open: trying one call", name))
                .closeHandler(v -> LOG.infof("Circuit to %s closed", name));
    }

    public List<Upstream> all() {
        return all;
    }

    /** The service of that name; an unknown name is a configuration error. */
    public Upstream byName(String name) {
        return all.stream().filter(upstream -> upstream.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("gateway.services." + name + ".url is not configured"));
    }

    public HttpClient client() {
        return client;
    }

    /** A GET the gateway makes on its own behalf (health, OpenAPI), bounded by the probe timeout. */
    public Future<Reply> get(Upstream upstream, String uri) {
        return client.request(upstream.request(uri).setMethod(HttpMethod.GET).setIdleTimeout(probeTimeoutMillis))
                .compose(HttpClientRequest::send)
                .compose(response -> response.body().map(body -> new Reply(response.statusCode(), body)));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public record Reply(int status, Buffer body) {
    }
}
