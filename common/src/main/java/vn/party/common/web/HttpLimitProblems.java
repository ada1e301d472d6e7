package vn.party.common.web;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import vn.party.common.problem.ProblemType;
import vn.party.common.problem.Problems;

/**
 * The HTTP layer's own refusals (413 body too large, 414 URI too long, 415 media type) answered as problem+json like
 * every other 4xx. The framework ends such requests itself with an empty body, so they are caught earlier: a declared
 * {@code Content-Length} over {@code quarkus.http.limits.max-body-size} and a request line over
 * {@value #MAX_URI_LENGTH} characters are refused here, before the framework's own limits (the request-line limit of
 * the HTTP codec is raised above ours so that ours is the one clients meet); refusals raised while a route runs (a
 * chunked body growing past the limit) go through the failure handler below.
 */
@Singleton
public class HttpLimitProblems implements HttpServerOptionsCustomizer {

    /** Longest request URI answered; longer ones get a 414 problem. */
    public static final int MAX_URI_LENGTH = 8192;
    /** The codec's own limit (an empty 414), kept well above ours. */
    static final int CODEC_MAX_INITIAL_LINE = 65536;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setMaxInitialLineLength(Math.max(options.getMaxInitialLineLength(), CODEC_MAX_INITIAL_LINE));
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        customizeHttpServer(options);
    }

    void filter(@Observes Filters filters) {
        long limit = maxBodySize.asLongValue();
        filters.register(ctx -> {
            if (ctx.request().uri().length() > MAX_URI_LENGTH) {
                refuse(ctx, ProblemType.URI_TOO_LONG, "Địa chỉ yêu cầu quá dài (the request URI is longer than "
                        + MAX_URI_LENGTH + " characters)");
                return;
            }
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && declaredLength(length) > limit) {
                refuse(ctx, ProblemType.PAYLOAD_TOO_LARGE, "Nội dung gửi lên quá lớn (the request body is larger than "
                        + limit + " bytes)");
                return;
            }
            ctx.next();
        }, 990);
    }

    void failures(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            switch (ctx.statusCode()) {
                case 413 -> refuse(ctx, ProblemType.PAYLOAD_TOO_LARGE,
                        "Nội dung gửi lên quá lớn (the request body is too large)");
                case 414 -> refuse(ctx, ProblemType.URI_TOO_LONG, "Địa chỉ yêu cầu quá dài (the request URI is too long)");
                case 415 -> refuse(ctx, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "Kiểu nội dung không được hỗ trợ (unsupported media type)");
                default -> ctx.next();
            }
        });
    }

    /** The connection closes after a refused body, so the client does not have to send the rest. */
    private static void refuse(RoutingContext ctx, ProblemType type, String detail) {
        if (type == ProblemType.PAYLOAD_TOO_LARGE) {
            ctx.response().putHeader("Connection", "close");
        }
        String path = ctx.request().path();
        ProblemWriter.write(ctx, Problems.of(type, detail, path == null || path.length() > 200 ? null : path));
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException malformed) {
            return -1; // the codec refuses a malformed length itself
        }
    }
}
