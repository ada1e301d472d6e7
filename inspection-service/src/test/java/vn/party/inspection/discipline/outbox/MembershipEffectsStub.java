package vn.party.inspection.discipline.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for membership-service's receiver {@code POST /api/membership/effects} on a fixed free port, so a test
 * can take it DOWN (nothing listens: connection refused) and bring it back UP on the same address. Up, it answers
 * 200 to every effect, except those given another answer with {@link #answer}.
 */
public class MembershipEffectsStub implements QuarkusTestResourceLifecycleManager {

    static final String PATH = "/api/membership/effects";

    private static int port;
    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        up();
        return Map.of("quarkus.rest-client.membership-effects.url", "http://127.0.0.1:" + port);
    }

    @Override
    public void stop() {
        down();
    }

    /** Stops listening: the relay's calls are refused. The request journal goes with it. */
    public static synchronized void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Listens again on the same port with a fresh journal, answering 200 to every effect. */
    public static synchronized void up() {
        if (server != null) {
            return;
        }
        server = new WireMockServer(wireMockConfig().port(port).bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlEqualTo(PATH)).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
    }

    /** Answers {@code status} to the effect with this outbox id. */
    public static synchronized void answer(UUID id, int status) {
        server.stubFor(post(urlEqualTo(PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.id", equalTo(id.toString())))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":" + status + ",\"detail\":\"refused by the test\"}")));
    }

    /** Answers 200 to the effect with this outbox id after {@code millis}: a slow receiver. */
    public static synchronized void slow(UUID id, int millis) {
        server.stubFor(post(urlEqualTo(PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.id", equalTo(id.toString())))
                .willReturn(aResponse().withStatus(200).withFixedDelay(millis)
                        .withHeader("Content-Type", "application/json").withBody("{}")));
    }

    /** Every POST that reached the stub since it last came up, for this outbox id. */
    public static synchronized List<LoggedRequest> received(UUID id) {
        return server.findAll(postRequestedFor(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.id", equalTo(id.toString()))));
    }

    /** Every POST that reached the stub since it last came up. */
    public static synchronized List<LoggedRequest> received() {
        return server.findAll(postRequestedFor(urlEqualTo(PATH)));
    }
}
