package vn.party.common.web;

import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

import vn.party.common.problem.ProblemType;
import vn.party.common.problem.Problems;

/** Requests that no route serves get a problem+json 404 instead of the framework's default page. */
public class UnmatchedRouteHandler {

    void register(@Observes Router router) {
        router.route().last().handler(ctx -> ProblemWriter.write(ctx, Problems.of(ProblemType.NOT_FOUND,
                "Không tìm thấy tài nguyên (no such resource)", ctx.request().path())));
    }
}
