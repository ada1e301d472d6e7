package vn.party.deploymentcheck;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The environment of each built service against its module's application.properties, read at test time:
 * an environment variable that matches no property is silently ignored by Quarkus, so a typo there is a
 * deployment that runs with the wrong configuration.
 */
class ServiceConfigurationTest {

    /** Environment variables checked against the modules' configuration. */
    private static final List<String> CHECKED_PREFIXES = List.of("QUARKUS_", "GATEWAY_", "PARTY_");

    /**
     * Standard Quarkus properties a module need not repeat in its application.properties. Everything else,
     * including quarkus.rest-client.<key>.url (a named map entry) and the application's own properties, must be
     * declared by the module.
     */
    static final Set<String> STANDARD_PROPERTIES = Set.of(
            "quarkus.profile",
            "quarkus.http.port",
            "quarkus.http.cors.enabled",
            "quarkus.http.cors.origins",
            "quarkus.datasource.jdbc.url",
            "quarkus.datasource.username",
            "quarkus.datasource.password",
            "quarkus.oidc.auth-server-url",
            "quarkus.oidc.token.issuer",
            "quarkus.log.level");

    private static final Set<String> STANDARD_ENV = STANDARD_PROPERTIES.stream()
            .map(ModuleConfig::envName).collect(Collectors.toUnmodifiableSet());

    private final Deployment deployment = Deployment.load();

    @Test
    void everyEnvironmentVariableSetsAPropertyTheModuleDeclares() {
        Problems problems = new Problems();
        for (String service : builtServices()) {
            String module = Deployment.MODULE_OF_SERVICE.getOrDefault(service, service);
            ModuleConfig config = ModuleConfig.of(deployment, module);
            for (String variable : deployment.rawEnv(service).keySet()) {
                if (CHECKED_PREFIXES.stream().noneMatch(variable::startsWith) || STANDARD_ENV.contains(variable)) {
                    continue;
                }
                String guess = variable.toLowerCase(Locale.ROOT).replace('_', '.');
                if (!config.exists()) {
                    problems.add("`%s`: cannot check %s (property like %s): %s does not exist (module not written yet?)",
                            service, variable, guess, deployment.relative(config.mainFile));
                    continue;
                }
                Optional<ModuleConfig.Entry> declared = config.declaredFor(variable);
                if (declared.isEmpty()) {
                    String prefix = guess.substring(0, guess.indexOf('.', guess.indexOf('.') + 1) + 1);
                    List<String> near = config.entries.stream().map(ModuleConfig.Entry::name)
                            .filter(n -> n.replace('-', '.').startsWith(prefix)).distinct().sorted().toList();
                    problems.add("`%s`: %s matches no property of module %s: declare it in %s (e.g. %s, any profile), "
                            + "or fix the variable name. Properties there starting with `%s`: %s", service, variable,
                            module, deployment.relative(config.mainFile), guess, prefix, near);
                }
            }
        }
        problems.assertNone("environment variables vs. application.properties");
    }

    /**
     * A prod (or unprofiled) property pointing at localhost is wrong inside a container, where localhost is the
     * container itself: compose must override it. CORS origins are browser origins and exempt.
     */
    @Test
    void localhostSettingsAreOverriddenInTheContainer() {
        Problems problems = new Problems();
        for (String service : builtServices()) {
            String module = Deployment.MODULE_OF_SERVICE.getOrDefault(service, service);
            ModuleConfig config = ModuleConfig.of(deployment, module);
            Set<String> set = deployment.rawEnv(service).keySet();
            for (ModuleConfig.Entry entry : config.entries) {
                String value = entry.value();
                if (!entry.appliesInProd() || entry.name().contains("cors")
                        || !(value.contains("localhost") || value.contains("127.0.0.1"))) {
                    continue;
                }
                problems.check(set.contains(ModuleConfig.envName(entry.name())),
                        "`%s`: %s sets %s=%s for prod; set %s in %s's environment", service, entry.file(),
                        entry.name(), value, ModuleConfig.envName(entry.name()), service);
            }
        }
        problems.assertNone("localhost settings");
    }

    /** Setting allowed origins does nothing unless the module enables the CORS filter. */
    @Test
    void corsOriginsComeWithAnEnabledCorsFilter() {
        Problems problems = new Problems();
        for (String service : builtServices()) {
            Map<String, String> env = deployment.env(service);
            if (!env.containsKey("QUARKUS_HTTP_CORS_ORIGINS") || "true".equalsIgnoreCase(env.get("QUARKUS_HTTP_CORS_ENABLED"))) {
                continue;
            }
            String module = Deployment.MODULE_OF_SERVICE.getOrDefault(service, service);
            ModuleConfig config = ModuleConfig.of(deployment, module);
            boolean enabled = config.entries.stream().anyMatch(e -> e.appliesInProd()
                    && (e.name().equals("quarkus.http.cors.enabled") || e.name().equals("quarkus.http.cors"))
                    && e.value().strip().equalsIgnoreCase("true"));
            problems.check(enabled, "`%s` sets QUARKUS_HTTP_CORS_ORIGINS, but %s does not set "
                    + "quarkus.http.cors.enabled=true for prod (and compose does not set QUARKUS_HTTP_CORS_ENABLED=true)",
                    service, deployment.relative(config.mainFile));
        }
        problems.assertNone("CORS");
    }

    /** `quarkus.oidc.token.issuer=any` disables the issuer check: never outside tests. */
    @Test
    void issuerIsNeverAny() {
        Problems problems = new Problems();
        for (String service : builtServices()) {
            problems.check(!"any".equals(deployment.env(service).get("QUARKUS_OIDC_TOKEN_ISSUER")),
                    "`%s` sets QUARKUS_OIDC_TOKEN_ISSUER=any", service);
            String module = Deployment.MODULE_OF_SERVICE.getOrDefault(service, service);
            for (ModuleConfig.Entry entry : ModuleConfig.of(deployment, module).named("quarkus.oidc.token.issuer")) {
                problems.check(!(entry.value().strip().equals("any") && entry.appliesInProd()),
                        "module %s: %s sets quarkus.oidc.token.issuer=any for prod", module, entry.file());
            }
        }
        problems.assertNone("OIDC issuer");
    }

    private List<String> builtServices() {
        return deployment.services().keySet().stream().filter(deployment::isBuilt).toList();
    }
}
