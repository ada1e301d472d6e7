package vn.party.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Stand-ins for the services: membership and inspection answer, {@code stalled} accepts requests to
 * {@code /api/stalled/hang} and never answers them, and nothing listens on the events port. Each one echoes
 * what it received as JSON, serves a small OpenAPI document and a readiness check, and counts hits per path
 * ({@code GET /test/hits?path=...}) so tests can tell whether the gateway called it.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String name : List.of("membership", "inspection", "stalled")) {
            config.put("gateway.services." + name + ".url", "http://localhost:" + serve(name).actualPort());
        }
        config.put("gateway.services.events.url", "http://localhost:" + closedPort());
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    private HttpServer serve(String name) {
        Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
        return vertx.createHttpServer()
                .requestHandler(request -> {
                    if (request.path().equals("/test/hits")) {
                        AtomicInteger count = hits.get(request.getParam("path"));
                        request.response().end(String.valueOf(count == null ? 0 : count.get()));
                        return;
                    }
                    int hit = hits.computeIfAbsent(request.path(), path -> new AtomicInteger()).incrementAndGet();
                    handle(name, request, hit);
                })
                .listen(0)
                .toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }

    private static void handle(String name, HttpServerRequest request, int hit) {
        String path = request.path();
        if (path.equals("/q/health/ready")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\",\"checks\":[]}");
        } else if (path.equals("/q/openapi") && "json".equals(request.getParam("format"))) {
            request.response().putHeader("Content-Type", "application/json").end(openApi(name).encode());
        } else if (path.endsWith("/hang")) {
            // never answers: the gateway has to give up on its own
        } else if (path.contains("/flaky/") && hit == 1) {
            // what a service closing a pooled connection under the gateway looks like
            request.connection().close();
        } else {
            request.body().onSuccess(body -> {
                JsonObject headers = new JsonObject();
                request.headers().names().forEach(header ->
                        headers.put(header.toLowerCase(), new JsonArray(request.headers().getAll(header))));
                request.response()
                        .putHeader("Content-Type", "application/json")
                        // services echo the request id and might add their own CORS header; the gateway owns both
                        .putHeader("X-Request-Id", String.valueOf(request.getHeader("X-Request-Id")))
                        .putHeader("Access-Control-Allow-Origin", "*")
                        .end(new JsonObject()
                                .put("service", name)
                                .put("method", request.method().name())
                                .put("uri", request.uri())
                                .put("headers", headers)
                                .put("body", body.toString())
                                .put("hit", hit)
                                .encode());
            });
        }
    }

    private static JsonObject openApi(String name) {
        JsonObject thingRef = new JsonObject().put("$ref", "#/components/schemas/Thing");
        JsonObject get = new JsonObject()
                .put("tags", new JsonArray().add(name))
                .put("responses", new JsonObject().put("200", new JsonObject().put("description", "OK")
                        .put("content", new JsonObject().put("application/json",
                                new JsonObject().put("schema", thingRef)))));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", name).put("version", "1"))
                .put("paths", new JsonObject().put("/api/" + name + "/things", new JsonObject().put("get", get)))
                .put("components", new JsonObject().put("schemas", new JsonObject()
                        // same name, different meaning in each service
                        .put("Thing", new JsonObject().put("type", "object").put("description", name + " thing"))
                        // shared and identical, like the common Problem
                        .put("Problem", new JsonObject().put("type", "object"))))
                .put("tags", new JsonArray().add(new JsonObject().put("name", name)));
    }

    /** How often the fake service at {@code serviceUrl} was called on {@code path}. */
    static int hits(String serviceUrl, String path) {
        return Integer.parseInt(RestAssured.given().baseUri(serviceUrl).queryParam("path", path)
                .get("/test/hits").then().statusCode(200).extract().asString());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
