package vn.party.inspection.discipline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for membership-service's {@code GET /api/membership/members/{id}/discipline-facts} (contract
 * {@code vn.party.contracts.facts.DisciplineFacts}, the shape of {@code contracts/facts/discipline-facts.json}).
 * Tests register members with {@link #register}; unknown members are 404, calls without a bearer token 401, like the
 * real service. Any other path is 404: inspection reads nothing else about a member.
 */
public class FakeMembershipMembers implements QuarkusTestResourceLifecycleManager {

    private record Fact(UUID organizationId, String status, boolean holdsPost) {
    }

    private static final Map<UUID, Fact> MEMBERS = new ConcurrentHashMap<>();
    private static final Set<UUID> FAILING = ConcurrentHashMap.newKeySet();
    private static final java.util.concurrent.atomic.AtomicInteger CALLS = new java.util.concurrent.atomic.AtomicInteger();
    private static HttpServer server;

    public static void register(UUID memberId, UUID organizationId, String status, boolean holdsPost) {
        MEMBERS.put(memberId, new Fact(organizationId, status, holdsPost));
    }

    /** Answers 500 for this member, as a failing membership-service would. */
    public static void failFor(UUID memberId) {
        FAILING.add(memberId);
    }

    /** How many requests reached this fake since it started. */
    public static int calls() {
        return CALLS.get();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/membership/members/", this::answer);
        server.start();
        return Map.of("quarkus.rest-client.membership-members.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        CALLS.incrementAndGet();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            send(exchange, 401, "{\"status\":401}");
            return;
        }
        // /api/membership/members/{id}/discipline-facts
        String[] parts = exchange.getRequestURI().getPath().split("/");
        Fact fact = null;
        UUID id = null;
        if (parts.length == 6 && "discipline-facts".equals(parts[5])) {
            try {
                id = UUID.fromString(parts[4]);
                fact = MEMBERS.get(id);
            } catch (IllegalArgumentException ignored) {
                // not an id: 404 below
            }
        }
        if (id != null && FAILING.contains(id)) {
            send(exchange, 500, "{\"status\":500}");
        } else if (fact == null) {
            send(exchange, 404, "{\"status\":404}");
        } else {
            String posts = fact.holdsPost() ? "[\"DEPUTY_SECRETARY\"]" : "[]";
            send(exchange, 200, "{\"version\":1,\"memberId\":\"" + id + "\",\"organizationId\":\""
                    + fact.organizationId() + "\",\"status\":\"" + fact.status() + "\",\"probationary\":"
                    + "PROBATIONARY".equals(fact.status()) + ",\"holdsPost\":" + fact.holdsPost()
                    + ",\"currentPosts\":" + posts + "}");
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
