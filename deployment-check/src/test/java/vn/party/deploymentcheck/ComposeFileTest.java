package vn.party.deploymentcheck;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** docker-compose.yml on its own: services, health checks, start-up order, mounts, variables. */
class ComposeFileTest {

    private final Deployment deployment = Deployment.load();

    @Test
    void parsesAndDefinesServices() {
        assertFalse(deployment.services().isEmpty(),
                Deployment.COMPOSE_FILE + " has no `services:` mapping (root " + deployment.root + ")");
    }

    @Test
    void namesEveryServiceOfTheSystem() {
        Problems problems = new Problems();
        for (String name : Deployment.REQUIRED_SERVICES) {
            problems.check(deployment.services().containsKey(name), "service `%s` is missing (services: %s)",
                    name, deployment.services().keySet());
        }
        problems.assertNone("services of " + Deployment.COMPOSE_FILE);
    }

    @Test
    void everyServiceHasAHealthcheck() {
        Problems problems = new Problems();
        deployment.services().forEach((name, definition) -> {
            if (!definition.containsKey("healthcheck")) {
                problems.add("service `%s` has no healthcheck", name);
            } else if (deployment.healthcheckDisabled(name) || deployment.healthcheckCommand(name).isBlank()) {
                problems.add("service `%s` has an empty or disabled healthcheck", name);
            }
        });
        problems.assertNone("health checks");
    }

    @Test
    void dependsOnWaitsForHealthyServicesThatExist() {
        Problems problems = new Problems();
        Set<String> names = deployment.services().keySet();
        deployment.services().keySet().forEach(service -> deployment.dependsOn(service).forEach((target, condition) -> {
            if (!names.contains(target)) {
                problems.add("`%s` depends on `%s`, which is not a service (services: %s)", service, target, names);
            }
            if (!"service_healthy".equals(condition)) {
                problems.add("`%s` depends on `%s` with %s; use the long form with `condition: service_healthy`",
                        service, target, condition == null ? "no condition (short list form)" : "condition " + condition);
            }
            if (names.contains(target) && !deployment.service(target).containsKey("healthcheck")) {
                problems.add("`%s` waits for `%s` to be healthy, but `%s` has no healthcheck", service, target, target);
            }
        }));
        problems.assertNone("depends_on");
    }

    /**
     * The start-up order of the contract (postgres and keycloak before the services, membership before its REST
     * clients, the services before the gateway), and in general: whoever has a URL of another service in its
     * environment waits for it.
     */
    @Test
    void startsEveryServiceAfterWhatItCalls() {
        Map<String, List<String>> required = new LinkedHashMap<>();
        required.put("keycloak", List.of("postgres"));
        required.put("membership-service", List.of("postgres", "keycloak"));
        required.put("inspection-service", List.of("postgres", "keycloak", "membership-service"));
        required.put("events-service", List.of("postgres", "keycloak", "membership-service"));
        required.put("gateway", List.of("keycloak", "membership-service", "inspection-service", "events-service"));
        Problems problems = new Problems();
        required.forEach((service, dependencies) -> {
            for (String dependency : dependencies) {
                problems.check(deployment.dependsOn(service).containsKey(dependency),
                        "`%s` must depend on `%s` (condition: service_healthy)", service, dependency);
            }
        });
        // Calls a service survives without (it answers and says what is missing): waiting for them would make a
        // cycle — events-service itself waits for membership-service.
        Map<String, Set<String>> optionalCalls = Map.of("membership-service", Set.of("events-service"));
        Set<String> names = deployment.services().keySet();
        for (String service : names) {
            for (Deployment.Endpoint endpoint : deployment.endpoints(service)) {
                if (optionalCalls.getOrDefault(service, Set.of()).contains(endpoint.host())) {
                    problems.check(!deployment.dependsOn(service).containsKey(endpoint.host()),
                            "`%s` must not wait for `%s`, which waits for it", service, endpoint.host());
                    continue;
                }
                if (endpoint.host() != null && names.contains(endpoint.host()) && !endpoint.host().equals(service)) {
                    problems.check(deployment.dependsOn(service).containsKey(endpoint.host()),
                            "`%s` calls `%s` (%s=%s) but does not depend on it", service, endpoint.host(),
                            endpoint.variable(), endpoint.url());
                }
            }
        }
        problems.assertNone("start-up order");
    }

    /** Bind mounts point at files of the repository; the realm import is checked by KeycloakTest. */
    @Test
    void mountsExist() {
        Problems problems = new Problems();
        Object topLevel = deployment.compose.get("volumes");
        Set<?> declared = topLevel instanceof Map<?, ?> m ? m.keySet() : Set.of();
        deployment.services().keySet().forEach(service -> {
            for (Deployment.Volume volume : deployment.volumes(service)) {
                if (volume.source() == null) {
                    continue;
                }
                if (volume.bind()) {
                    if (volume.target().startsWith(KeycloakTest.IMPORT_DIR)) {
                        continue;
                    }
                    Path source = deployment.root.resolve(volume.source()).normalize();
                    problems.check(Files.exists(source), "`%s` mounts %s at %s, but %s does not exist "
                            + "(docker would create an empty directory there)", service, volume.source(),
                            volume.target(), source);
                } else {
                    problems.check(declared.contains(volume.source()),
                            "`%s` uses named volume `%s`, which is not declared under top-level `volumes:`",
                            service, volume.source());
                }
            }
        });
        problems.assertNone("volumes");
    }

    /**
     * Every ${VAR} is documented in deploy/.env.example with the same default, and no `$` is left for compose to
     * interpolate by accident (shell variables in health checks must be written `$$`).
     */
    @Test
    void variablesAreDocumentedAndShellDollarsEscaped() {
        Problems problems = new Problems();
        problems.check(Files.isRegularFile(deployment.path(Deployment.ENV_EXAMPLE)),
                "%s is missing: it documents the variables of %s", Deployment.ENV_EXAMPLE, Deployment.COMPOSE_FILE);
        Map<String, String> values = new LinkedHashMap<>();
        Deployment.collectStrings(deployment.compose, "", values);
        values.forEach((where, raw) -> {
            for (Interpolation.Reference ref : Interpolation.references(raw)) {
                if (!ref.braced()) {
                    problems.add("%s: `%s` would be interpolated by compose (\"%s\"); write `$$` for a literal $ "
                            + "or ${NAME} for a variable", where, ref.name().equals("$") ? "$" : "$" + ref.name(), raw);
                    continue;
                }
                String documented = deployment.documentedVariables.get(ref.name());
                if (documented == null) {
                    problems.add("%s uses ${%s}, which %s does not document", where, ref.name(), Deployment.ENV_EXAMPLE);
                } else if (ref.operator() != null && ref.operator().endsWith("-") && !documented.equals(ref.word())) {
                    problems.add("%s: default of ${%s} is \"%s\" but %s documents \"%s\"", where, ref.name(),
                            ref.word(), Deployment.ENV_EXAMPLE, documented);
                }
            }
        });
        problems.assertNone("compose variables");
    }
}
