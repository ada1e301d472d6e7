package vn.party.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.party.testsupport.TestTokens;

/**
 * The smallest OIDC provider the services accept in production mode: discovery, the signing key set and a token
 * endpoint for the client-credentials grant of the services' own clients, shaped like Keycloak's (realm roles in
 * {@code realm_access}, the client in {@code azp}): {@code party-inspection} gets {@code effects-producer},
 * {@code party-events} gets {@code event-feed-reader}, both {@code organization-feed-reader}. People's tokens are signed directly with {@link TestTokens}
 * (same key, same issuer and audience as the realm's).
 */
final class MiniOidcProvider implements AutoCloseable {

    static final String REALM_PATH = "/realms/party";
    static final String INSPECTION_CLIENT = TestTokens.INSPECTION_CLIENT;
    static final String INSPECTION_SECRET = "system-test-inspection-secret";
    static final String EVENTS_CLIENT = TestTokens.EVENTS_CLIENT;
    static final String EVENTS_SECRET = "system-test-events-secret";

    /** Client id → its secret and the token it gets. */
    private static final Map<String, Client> CLIENTS = Map.of(
            INSPECTION_CLIENT, new Client(INSPECTION_SECRET, TestTokens::inspectionService),
            EVENTS_CLIENT, new Client(EVENTS_SECRET, TestTokens::eventsService));

    private record Client(String secret, Supplier<String> token) {
    }

    private final HttpServer server;
    private final Map<String, AtomicInteger> grants = new ConcurrentHashMap<>();

    MiniOidcProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(REALM_PATH + "/.well-known/openid-configuration", this::discovery);
        server.createContext(REALM_PATH + "/protocol/openid-connect/certs", this::keys);
        server.createContext(REALM_PATH + "/protocol/openid-connect/token", this::token);
        server.start();
    }

    String realmUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH;
    }

    /** Client-credentials tokens issued so far, to any client. */
    int clientCredentialsGrants() {
        return grants.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Client-credentials tokens issued so far to {@code clientId}. */
    int clientCredentialsGrants(String clientId) {
        AtomicInteger count = grants.get(clientId);
        return count == null ? 0 : count.get();
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String base = realmUrl() + "/protocol/openid-connect";
        respond(exchange, 200, """
                {"issuer":"%s","jwks_uri":"%s/certs","token_endpoint":"%s/token",
                 "grant_types_supported":["client_credentials"],"id_token_signing_alg_values_supported":["RS256"]}"""
                .formatted(TestTokens.ISSUER, base, base));
    }

    private void keys(HttpExchange exchange) throws IOException {
        try (InputStream in = MiniOidcProvider.class.getClassLoader().getResourceAsStream("publicKey.jwk")) {
            if (in == null) {
                throw new IllegalStateException("publicKey.jwk (quarkus-test-oidc-server) is not on the classpath");
            }
            respond(exchange, 200, "{\"keys\":[" + new String(in.readAllBytes(), StandardCharsets.UTF_8) + "]}");
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String[] basic = basicCredentials(exchange.getRequestHeaders().getFirst("Authorization"));
        String clientId = basic != null ? basic[0] : form.get("client_id");
        String secret = basic != null ? basic[1] : form.get("client_secret");
        if (!"client_credentials".equals(form.get("grant_type"))) {
            respond(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        Client client = clientId == null ? null : CLIENTS.get(clientId);
        if (client == null || !client.secret().equals(secret)) {
            respond(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        grants.computeIfAbsent(clientId, id -> new AtomicInteger()).incrementAndGet();
        String token = client.token().get();
        respond(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
    }

    private static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new String[] {decode(decoded.substring(0, colon)), decode(decoded.substring(colon + 1))};
    }

    private static Map<String, String> parseForm(String body) {
        return Arrays.stream(body.split("&"))
                .filter(pair -> pair.contains("="))
                .collect(Collectors.toMap(pair -> decode(pair.substring(0, pair.indexOf('='))),
                        pair -> decode(pair.substring(pair.indexOf('=') + 1)), (a, b) -> b));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
