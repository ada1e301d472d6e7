package vn.party.gateway.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

import vn.party.gateway.GatewayConfig;
import vn.party.gateway.upstream.Upstream;
import vn.party.gateway.upstream.Upstreams;

/**
 * Serves one OpenAPI document for all services (Swagger UI points at it), fetched from the services on demand
 * and kept for a short while. A service that does not answer is left out rather than failing the document.
 */
@Singleton
public class CombinedOpenApi {

    public static final String PATH = "/openapi/all";

    private static final Logger LOG = Logger.getLogger(CombinedOpenApi.class);

    /** The gateway's own endpoints (dossier, report), merged after the services so their names win clashes. */
    static final String GATEWAY = "gateway";

    private final Upstreams upstreams;
    private final OpenApiDocumentService ownDocument;
    private final long ttlNanos;
    private volatile Snapshot snapshot;

    CombinedOpenApi(Upstreams upstreams, OpenApiDocumentService ownDocument, GatewayConfig config) {
        this.upstreams = upstreams;
        this.ownDocument = ownDocument;
        this.ttlNanos = config.openapi().cacheTtl().toNanos();
    }

    void register(@Observes Router router) {
        router.get(PATH).handler(ctx -> document().onComplete(result -> {
            if (result.succeeded()) {
                ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(result.result().toBuffer());
            } else {
                ctx.fail(result.cause());
            }
        }));
    }

    Future<JsonObject> document() {
        Snapshot current = snapshot;
        if (current != null && System.nanoTime() - current.takenAt() < ttlNanos) {
            return Future.succeededFuture(current.document());
        }
        Map<Upstream, Future<JsonObject>> fetches = new LinkedHashMap<>();
        upstreams.all().forEach(upstream -> fetches.put(upstream, fetch(upstream)));
        return Future.join(new ArrayList<>(fetches.values())).transform(done -> {
            Map<String, JsonObject> documents = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            fetches.forEach((upstream, fetch) -> {
                if (fetch.succeeded()) {
                    documents.put(upstream.name(), fetch.result());
                } else {
                    missing.add(upstream.name());
                }
            });
            own().ifPresent(own -> documents.put(GATEWAY, own));
            JsonObject document = OpenApiMerger.merge(documents, missing);
            snapshot = new Snapshot(document, System.nanoTime());
            return Future.succeededFuture(document);
        });
    }

    private java.util.Optional<JsonObject> own() {
        try {
            byte[] json = ownDocument.getDocument("<default>", Format.JSON);
            return json == null || json.length == 0 ? java.util.Optional.empty()
                    : java.util.Optional.of(new JsonObject(io.vertx.core.buffer.Buffer.buffer(json)));
        } catch (RuntimeException e) {
            LOG.warnf("The gateway's own OpenAPI document is unavailable: %s", e.toString());
            return java.util.Optional.empty();
        }
    }

    private Future<JsonObject> fetch(Upstream upstream) {
        return upstreams.get(upstream, "/q/openapi?format=json")
                .map(reply -> {
                    if (reply.status() != 200) {
                        throw new IllegalStateException("HTTP " + reply.status());
                    }
                    return reply.body().toJsonObject();
                })
                .onFailure(failure -> LOG.warnf("OpenAPI document of %s unavailable: %s", upstream.name(), failure.toString()));
    }

    private record Snapshot(JsonObject document, long takenAt) {
    }
}
