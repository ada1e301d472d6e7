package vn.party.gateway.proxy;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jboss.logging.Logger;

import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.StreamResetException;
import io.vertx.core.json.Json;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemType;
import vn.party.common.problem.Problems;
import vn.party.common.web.CorrelationId;
import vn.party.gateway.upstream.Upstream;

/**
 * Shapes each proxied exchange with one service: forwarding headers the gateway vouches for, the circuit
 * breaker, one retry of body-less reads, and a problem+json 503 instead of the proxy's bare 502.
 */
final class UpstreamInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamInterceptor.class);
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Upstream upstream;

    UpstreamInterceptor(Upstream upstream) {
        this.upstream = upstream;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        replaceForwardingHeaders(request);
        boolean replayable = SAFE.contains(request.getMethod()) && !hasBody(request.proxiedRequest());
        if (replayable) {
            // With no body to stream the request can be sent twice; let the empty client stream end now.
            request.setBody(null);
            request.proxiedRequest().resume();
        }
        return upstream.breaker().<ProxyResponse>execute(attempt -> send(context, replayable).onComplete(attempt))
                .recover(failure -> Future.succeededFuture(unavailable(context, failure)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        // The gateway has already set these on the response; the service's copies would repeat them.
        removeHeaders(context.response().headers(),
                name -> startsWithIgnoringCase(name, "Access-Control-") || name.equalsIgnoreCase(CorrelationId.HEADER));
        return context.sendResponse();
    }

    private Future<ProxyResponse> send(ProxyContext context, boolean replayable) {
        return context.sendRequest().recover(failure -> {
            // A pooled connection the service closed just as it was reused (vertx-http-proxy #94) is worth one
            // more try; a refused connection or a timeout would only fail again, later.
            if (replayable && (failure instanceof HttpClosedException || failure instanceof StreamResetException)) {
                // the path only: a query string may carry personal data
                LOG.debugf("Retrying %s %s once: %s", context.request().getMethod(),
                        context.request().proxiedRequest().path(), failure.toString());
                return context.sendRequest();
            }
            return Future.failedFuture(failure);
        });
    }

    private ProxyResponse unavailable(ProxyContext context, Throwable failure) {
        String path = context.request().proxiedRequest().path();
        if (failure instanceof OpenCircuitException) {
            LOG.debugf("Circuit to %s is open, refusing %s", upstream.name(), path);
        } else {
            LOG.warnf("%s did not answer %s: %s", upstream.name(), path, failure.toString());
        }
        Problem problem = Problems.of(ProblemType.SERVICE_UNAVAILABLE,
                "Dịch vụ %s tạm thời không phản hồi (service unavailable)".formatted(upstream.name()), path);
        return context.request().release().response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(Json.encodeToBuffer(problem)));
    }

    /** Whatever the client claims about proxies in front of it is dropped; the gateway states what it saw. */
    private static void replaceForwardingHeaders(ProxyRequest request) {
        MultiMap headers = request.headers();
        removeHeaders(headers, name -> name.equalsIgnoreCase("Forwarded") || startsWithIgnoringCase(name, "X-Forwarded-"));
        HttpServerRequest client = request.proxiedRequest();
        SocketAddress remote = client.remoteAddress();
        if (remote != null) {
            headers.set("X-Forwarded-For", remote.hostAddress());
        }
        headers.set("X-Forwarded-Proto", client.scheme());
        HostAndPort authority = client.authority();
        if (authority != null) {
            headers.set("X-Forwarded-Host", authority.toString());
        }
    }

    private static void removeHeaders(MultiMap headers, Predicate<String> unwanted) {
        List.copyOf(headers.names()).stream().filter(unwanted).forEach(headers::remove);
    }

    private static boolean startsWithIgnoringCase(String name, String prefix) {
        return name.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING) || (length != null && !length.equals("0"));
    }
}
