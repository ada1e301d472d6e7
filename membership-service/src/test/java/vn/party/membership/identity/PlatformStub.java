package vn.party.membership.identity;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A WireMock stand-in for the provincial integration platform (LGSP/NDOP). Its own notifier is silent so that the
 * test of "no personal data in the logs" hears only the service.
 */
public class PlatformStub implements QuarkusTestResourceLifecycleManager {

    static final String PATH = "/lgsp/ndop/v1/citizen-identity/verify";
    static final String API_KEY_HEADER = "X-Api-Key";
    static final String API_KEY = "test-api-key-7f3c";

    private static WireMockServer server;

    static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                .notifier(new Silent()));
        server.start();
        // a trailing slash on the base URL and none on the path: the adapter joins them with exactly one
        return Map.of("identity-check.http.base-url", "http://127.0.0.1:" + server.port() + "/lgsp/",
                "identity-check.http.path", "ndop/v1/citizen-identity/verify");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static final class Silent implements Notifier {
        @Override
        public void info(String message) {
        }

        @Override
        public void error(String message) {
        }

        @Override
        public void error(String message, Throwable t) {
        }
    }
}
