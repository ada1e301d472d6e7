package vn.party.gateway.upstream;

import java.net.URI;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.core.http.RequestOptions;

/** One service behind the gateway, with the breaker that guards calls to it. */
public record Upstream(String name, URI url, CircuitBreaker breaker) {

    public Upstream {
        if (url.getHost() == null) {
            throw new IllegalArgumentException("gateway.services." + name + ".url must look like http://host:port, not " + url);
        }
    }

    /** The services' own paths already start with this prefix, so requests are forwarded unchanged. */
    public String pathPrefix() {
        return "/api/" + name;
    }

    /** A fresh request to this service (options are mutable, so never share one). */
    public RequestOptions request(String uri) {
        boolean https = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
        return new RequestOptions().setHost(url.getHost()).setPort(port).setSsl(https).setURI(uri);
    }
}
