package vn.party.membership.dues;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A WireMock stand-in for events-service's absences endpoint; a short read timeout so a slow answer is quick to test. */
public class EventsStub implements QuarkusTestResourceLifecycleManager {

    static final String PATH = "/api/events/attendance/absences";

    private static WireMockServer server;

    static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return Map.of("quarkus.rest-client.events.url", "http://127.0.0.1:" + server.port(),
                "quarkus.rest-client.events.read-timeout", "1000");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
