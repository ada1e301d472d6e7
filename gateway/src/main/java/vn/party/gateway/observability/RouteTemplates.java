package vn.party.gateway.observability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.inject.Singleton;

import vn.party.gateway.GatewayConfig;

/**
 * Names the route a request path belongs to by its prefix, never by the raw path: a bounded set of labels for
 * logs and metric tags, free of ids, names or anything else a path or query might carry.
 */
@Singleton
public class RouteTemplates {

    static final String UNMATCHED = "unmatched";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    /** Prefix → label, longest prefix first. */
    private final List<String[]> prefixes = new ArrayList<>();

    RouteTemplates(GatewayConfig config) {
        config.routes().keySet().forEach(prefix -> add(strip(prefix) + "/", strip(prefix) + "/**"));
        config.services().keySet().forEach(service -> add("/api/" + service + "/", "/api/" + service + "/**"));
        add("/q/health", "/q/health/**");
        add("/q/metrics", "/q/metrics");
        add("/q/openapi", "/q/openapi");
        add("/q/swagger-ui", "/q/swagger-ui/**");
        add("/openapi/all", "/openapi/all");
        add("/api/reports/annual", "/api/reports/annual");
        prefixes.sort(Comparator.comparingInt((String[] entry) -> entry[0].length()).reversed());
    }

    private void add(String prefix, String label) {
        prefixes.add(new String[] {prefix, label});
    }

    private static String strip(String prefix) {
        return prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    /** The route label of a path (without its query string). */
    public String of(String path) {
        if (path == null) {
            return UNMATCHED;
        }
        if (path.startsWith("/api/members/") && path.endsWith("/dossier") && path.indexOf('/', 13) == path.length() - 8) {
            return "/api/members/{id}/dossier";
        }
        for (String[] entry : prefixes) {
            String prefix = entry[0];
            if (path.startsWith(prefix) || (prefix.endsWith("/") && path.equals(prefix.substring(0, prefix.length() - 1)))) {
                return entry[1];
            }
        }
        return UNMATCHED;
    }

    /** The method, or OTHER for anything outside the usual set (a client may send any token as a method). */
    public static String method(String method) {
        return METHODS.contains(method) ? method : "OTHER";
    }
}
