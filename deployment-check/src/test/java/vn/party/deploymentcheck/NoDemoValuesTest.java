package vn.party.deploymentcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Nothing secret ships in the compose path: docker-compose.yml, the realm it imports, the Dockerfiles it builds,
 * deploy/.env.example and the PostgreSQL init scripts. Every password and secret comes from the operator's .env
 * (`${VAR:?message}`, no default); no value the demo realm or the old compose file made public appears anywhere.
 */
class NoDemoValuesTest {

    /** Values published in this repository's history or in the demo realm: anyone can read them. */
    static final List<String> KNOWN_SECRETS = List.of("services-secret", "integration-secret", "inspection-secret",
            "events-secret", "test-services-secret");

    /** Words that are never a password, whatever the variable. */
    static final Set<String> DEFAULT_PASSWORDS = Set.of("admin", "demo", "party", "postgres", "keycloak", "membership",
            "inspection", "events", "password", "secret", "changeme", "change-me", "test", "root");

    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|_KEY)$");

    private final Deployment deployment = Deployment.load();

    @Test
    void composeHasNoDefaultForAnyVariable() {
        Problems problems = new Problems();
        for (String line : lines(deployment.composeFile)) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            for (Interpolation.Reference ref : Interpolation.references(line)) {
                problems.check(ref.operator() == null || ref.operator().endsWith("?"),
                        "docker-compose.yml: ${%s%s%s} has a fallback; write ${%s:?message} so compose refuses to start "
                                + "without a real value", ref.name(), ref.operator(), ref.word(), ref.name());
            }
        }
        problems.assertNone("defaults in compose");
    }

    @Test
    void everyPasswordAndSecretComesFromTheOperator() {
        Problems problems = new Problems();
        for (String service : deployment.services().keySet()) {
            deployment.rawEnv(service).forEach((name, raw) -> {
                if (!SECRET_NAME.matcher(name).matches()) {
                    return;
                }
                List<Interpolation.Reference> refs = List.copyOf(Interpolation.references(raw));
                problems.check(refs.size() == 1 && raw.strip().startsWith("${") && raw.strip().endsWith("}")
                                && ":?".equals(refs.get(0).operator()),
                        "`%s`: %s=%s must be exactly ${VARIABLE:?message} (a value the operator sets in .env)",
                        service, name, raw);
            });
        }
        deployment.documentedVariables.forEach((name, value) -> problems.check(
                !SECRET_NAME.matcher(name).matches() || value.isBlank(),
                "%s: %s=%s: leave passwords and secrets empty in the example (the operator generates them)",
                Deployment.ENV_EXAMPLE, name, value));
        problems.assertNone("passwords and secrets");
    }

    @Test
    void noKnownDemoValueAnywhereInTheComposePath() throws IOException {
        Problems problems = new Problems();
        for (Path file : composePath()) {
            String text = Files.readString(file);
            for (String known : KNOWN_SECRETS) {
                problems.check(!text.contains(known), "%s contains the published secret `%s`", deployment.relative(file), known);
            }
            for (String line : text.lines().toList()) {
                String assignment = line.strip();
                if (assignment.startsWith("#")) {
                    continue;
                }
                // NAME=value, NAME: value, ENV NAME=value, "password": "value"
                var matcher = Pattern.compile("(?i)\"?([A-Z0-9_.\\-]*(password|secret))\"?\\s*[:=]\\s*\"?([^\"\\s,}]*)")
                        .matcher(assignment);
                while (matcher.find()) {
                    String value = matcher.group(3).toLowerCase(Locale.ROOT);
                    problems.check(!DEFAULT_PASSWORDS.contains(value), "%s: `%s` sets the default password `%s`",
                            deployment.relative(file), matcher.group(1), value);
                }
            }
        }
        problems.assertNone("demo values");
    }

    /** The files `docker compose up` reads or copies into an image that could carry a secret. */
    private List<Path> composePath() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(deployment.composeFile);
        files.add(deployment.path(Deployment.ENV_EXAMPLE));
        files.add(deployment.path(RealmFilesTest.PRODUCTION_REALM));
        for (String module : Map.copyOf(Deployment.MODULE_OF_SERVICE).values()) {
            files.add(deployment.path(module + "/Dockerfile"));
        }
        try (var scripts = Files.list(deployment.path("deploy/postgres/initdb"))) {
            scripts.forEach(files::add);
        }
        return files.stream().filter(Files::isRegularFile).toList();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
