package vn.party.deploymentcheck;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Ports: what each service listens on is what its callers, its health check and its published port use. */
class PortsTest {

    private static final Pattern HEALTH_URL = Pattern.compile("https?://[^/:\\s\"']+:(\\d+)/q/health(/ready|/live|/started)?");

    private final Deployment deployment = Deployment.load();

    /** The port a service listens on inside the network, or null when it cannot be told. */
    private Integer listenPort(String service) {
        Map<String, String> env = deployment.env(service);
        try {
            if (deployment.isBuilt(service)) {
                return env.containsKey("QUARKUS_HTTP_PORT") ? Integer.valueOf(env.get("QUARKUS_HTTP_PORT").strip()) : null;
            }
            if (deployment.image(service).contains("keycloak")) {
                return Integer.valueOf(env.getOrDefault("KC_HTTP_PORT", "8080").strip());
            }
            if (deployment.image(service).startsWith("postgres")) {
                return Integer.valueOf(env.getOrDefault("PGPORT", "5432").strip());
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    @Test
    void everyBuiltServiceSetsItsHttpPort() {
        Problems problems = new Problems();
        deployment.services().keySet().stream().filter(deployment::isBuilt).forEach(service ->
                problems.check(listenPort(service) != null, "`%s` must set QUARKUS_HTTP_PORT to a number (found %s)",
                        service, deployment.env(service).get("QUARKUS_HTTP_PORT")));
        problems.assertNone("HTTP ports");
    }

    @Test
    void urlsToOtherServicesUseThePortsTheyListenOn() {
        Problems problems = new Problems();
        Set<String> names = deployment.services().keySet();
        for (String service : names) {
            for (Deployment.Endpoint endpoint : deployment.endpoints(service)) {
                if (endpoint.host() == null) {
                    problems.add("`%s`: %s=%s is not a valid URL", service, endpoint.variable(), endpoint.url());
                } else if (names.contains(endpoint.host())) {
                    Integer expected = listenPort(endpoint.host());
                    if (expected != null) {
                        problems.check(expected.equals(endpoint.port()),
                                "`%s`: %s=%s uses port %s, but `%s` listens on %d", service, endpoint.variable(),
                                endpoint.url(), endpoint.port() == null ? "(none: the scheme default)" : endpoint.port(),
                                endpoint.host(), expected);
                    }
                } else if (isLoopback(endpoint.host()) && !isBrowserFacing(endpoint.variable())) {
                    problems.add("`%s`: %s=%s points at %s, which inside the container is the container itself; "
                            + "use the compose service name", service, endpoint.variable(), endpoint.url(), endpoint.host());
                }
            }
        }
        problems.assertNone("service URLs");
    }

    @Test
    void healthchecksProbeTheServicePort() {
        Problems problems = new Problems();
        deployment.services().keySet().stream().filter(deployment::isBuilt).forEach(service -> {
            Integer port = listenPort(service);
            String command = deployment.healthcheckCommand(service);
            Matcher m = HEALTH_URL.matcher(command);
            boolean any = false;
            while (m.find()) {
                any = true;
                problems.check(port != null && port == Integer.parseInt(m.group(1)),
                        "`%s`: the healthcheck probes port %s but QUARKUS_HTTP_PORT is %s", service, m.group(1), port);
            }
            problems.check(any, "`%s`: the healthcheck does not call http://<host>:%s/q/health/ready (found: %s)",
                    service, port, command);
        });
        problems.assertNone("service health checks");
    }

    @Test
    void publishedAndExposedPortsAreTheListeningPorts() {
        Problems problems = new Problems();
        for (String service : deployment.services().keySet()) {
            Integer port = listenPort(service);
            for (Deployment.PortMapping mapping : deployment.ports(service)) {
                problems.check(port == null || port == mapping.target(),
                        "`%s` publishes container port %d, but listens on %s", service, mapping.target(), port);
            }
            for (String exposed : deployment.expose(service)) {
                problems.check(port == null || exposed.equals(String.valueOf(port)),
                        "`%s` exposes port %s, but listens on %s", service, exposed, port);
            }
        }
        for (String service : List.of("gateway", "keycloak")) {
            problems.check(deployment.ports(service).stream().anyMatch(p -> p.published() != null),
                    "`%s` must publish a host port (`ports:`)", service);
        }
        problems.assertNone("published ports");
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("0.0.0.0");
    }

    /** Variables whose URLs are meant for browsers and tokens, not for connections from the container. */
    private static boolean isBrowserFacing(String variable) {
        return variable.contains("ISSUER") || variable.contains("CORS") || variable.equals("KC_HOSTNAME")
                || variable.startsWith("KC_HOSTNAME_");
    }
}
