package vn.party.common.web;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

import vn.party.common.problem.Problem;

/** Writes a problem straight to a Vert.x response, for routes that are not JAX-RS resources. */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static Future<Void> write(RoutingContext ctx, Problem problem) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            return Future.succeededFuture();
        }
        return response.setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
