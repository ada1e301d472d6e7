package vn.party.gateway.proxy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;

import vn.party.common.problem.ProblemType;
import vn.party.common.problem.Problems;
import vn.party.common.web.ProblemWriter;
import vn.party.gateway.GatewayConfig;

/**
 * Service-to-service endpoints ({@code gateway.internal-paths}: membership's effects receiver and member-event feed)
 * are not part of the public API: from outside they answer 404 problem+json before any token is looked at, so
 * neither a stolen service secret nor a bloc-admin token reaches them through the gateway.
 */
@Singleton
public class InternalPaths {

    private final List<String> prefixes = new ArrayList<>();

    InternalPaths(GatewayConfig config) {
        config.internalPaths().forEach(path -> prefixes.add(canonical(path)));
    }

    void check(@Observes StartupEvent started) {
        prefixes.forEach(prefix -> {
            if (!prefix.startsWith("/api/")) {
                throw new IllegalStateException("gateway.internal-paths: " + prefix + " must start with /api/");
            }
        });
    }

    void register(@Observes Filters filters) {
        // after the correlation id (1000) and the request log (950), before the callers' gate (900)
        filters.register(ctx -> {
            if (isInternal(ctx.request().path())) {
                ProblemWriter.write(ctx, Problems.of(ProblemType.NOT_FOUND,
                        "Không tìm thấy tài nguyên (no such resource)", ctx.request().path()));
            } else {
                ctx.next();
            }
        }, 940);
    }

    /** True if the raw request path (without query), however spelled, names an internal endpoint or lies below one. */
    public boolean isInternal(String rawPath) {
        if (rawPath == null) {
            return false;
        }
        String path = canonical(rawPath);
        return prefixes.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    /**
     * Decoded (repeatedly, so {@code %2565} cannot hide an {@code e}), without matrix parameters, empty or {@code .}
     * segments, with {@code ..} applied, lower case, no trailing slash: the loosest reading any service might apply.
     */
    static String canonical(String rawPath) {
        String path = rawPath;
        for (int i = 0; i < 3 && path.indexOf('%') >= 0; i++) {
            path = percentDecode(path);
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.replace('\\', '/').split("/")) {
            int matrix = segment.indexOf(';');
            String name = matrix >= 0 ? segment.substring(0, matrix) : segment;
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
                continue;
            }
            segments.add(name.toLowerCase(Locale.ROOT));
        }
        return "/" + String.join("/", segments);
    }

    private static String percentDecode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                int codePoint = text.codePointAt(i);
                byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(codePoint) - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
