package vn.party.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for membership-service's ancestry endpoint in the tests of the services that ask it (they own
 * no organization tree). Tests declare the tree with {@link #place}; requests without a bearer token are
 * refused like the real endpoint does, and the last token seen is kept so tests can check propagation.
 */
public class FakeMembershipTree implements QuarkusTestResourceLifecycleManager {

    private static final Map<UUID, UUID> PARENTS = new ConcurrentHashMap<>();
    private static final AtomicReference<String> LAST_AUTHORIZATION = new AtomicReference<>();
    private static HttpServer server;

    /** Declares {@code organization} as a child of {@code parent} ({@code null} for a root). */
    public static void place(UUID organization, UUID parent) {
        PARENTS.put(organization, parent == null ? organization : parent);
    }

    public static String lastAuthorization() {
        return LAST_AUTHORIZATION.get();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/membership/organizations/", this::answer);
        server.start();
        return Map.of("quarkus.rest-client.membership.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String[] parts = exchange.getRequestURI().getPath().split("/");
        // /api/membership/organizations/{id}/ancestry
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            send(exchange, 401, "{\"status\":401}");
            return;
        }
        LAST_AUTHORIZATION.set(authorization);
        if (parts.length != 6 || !"ancestry".equals(parts[5])) {
            send(exchange, 404, "{\"status\":404}");
            return;
        }
        UUID id;
        try {
            id = UUID.fromString(parts[4]);
        } catch (IllegalArgumentException e) {
            send(exchange, 404, "{\"status\":404}");
            return;
        }
        if (!PARENTS.containsKey(id)) {
            send(exchange, 404, "{\"status\":404}");
            return;
        }
        List<String> chain = new ArrayList<>();
        UUID current = id;
        while (current != null && chain.size() < 100) {
            chain.add("\"" + current + "\"");
            UUID parent = PARENTS.get(current);
            current = parent == null || parent.equals(current) ? null : parent;
        }
        send(exchange, 200, "[" + String.join(",", chain) + "]");
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
