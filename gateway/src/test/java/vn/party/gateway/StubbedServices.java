package vn.party.gateway;

import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The three services as WireMock servers (one each, so a test can make one of them slow or failing), for the
 * tests of what the gateway composes itself. Tests stub and verify through {@link #membership()} etc.
 */
public class StubbedServices implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer membership;
    private static WireMockServer inspection;
    private static WireMockServer events;

    @Override
    public Map<String, String> start() {
        membership = started();
        inspection = started();
        events = started();
        Map<String, String> config = new HashMap<>();
        config.put("gateway.services.membership.url", membership.baseUrl());
        config.put("gateway.services.inspection.url", inspection.baseUrl());
        config.put("gateway.services.events.url", events.baseUrl());
        return config;
    }

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .containerThreads(20).jettyAcceptors(1));
        server.start();
        return server;
    }

    @Override
    public void stop() {
        for (WireMockServer server : new WireMockServer[] {membership, inspection, events}) {
            if (server != null) {
                server.stop();
            }
        }
    }

    public static WireMockServer membership() {
        return membership;
    }

    public static WireMockServer inspection() {
        return inspection;
    }

    public static WireMockServer events() {
        return events;
    }
}
