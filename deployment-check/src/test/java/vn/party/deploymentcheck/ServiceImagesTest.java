package vn.party.deploymentcheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The services built from source: each `build:` names an existing Dockerfile in its module, which builds that
 * module with the Maven wrapper in a multi-stage build and runs the Quarkus fast-jar as a non-root user.
 */
class ServiceImagesTest {

    private static final Pattern PROJECT_LIST = Pattern.compile("(?:^|\\s)(?:-pl|--projects)[ =]([^\\s]+)");

    private final Deployment deployment = Deployment.load();

    @Test
    void applicationServicesAreBuiltFromTheirModules() {
        Problems problems = new Problems();
        Deployment.MODULE_OF_SERVICE.forEach((service, module) -> problems.check(
                !deployment.service(service).isEmpty() && deployment.isBuilt(service),
                "`%s` must be built from source (`build:` with dockerfile %s/Dockerfile)", service, module));
        problems.assertNone("service builds");
    }

    @Test
    void everyBuildPointsAtADockerfileThatBuildsAnExistingModule() {
        Problems problems = new Problems();
        List<String> rootModules = deployment.rootModules();
        Map<Path, List<String>> contextNeeds = new LinkedHashMap<>();
        for (String service : deployment.services().keySet()) {
            Optional<Deployment.Build> build = deployment.build(service);
            if (build.isEmpty()) {
                continue;
            }
            Path context = build.get().context();
            Path dockerfilePath = build.get().dockerfile();
            if (!Files.isDirectory(context)) {
                problems.add("`%s`: build context %s does not exist", service, context);
                continue;
            }
            if (!Files.isRegularFile(dockerfilePath)) {
                problems.add("`%s`: Dockerfile %s does not exist", service, deployment.relative(dockerfilePath));
                continue;
            }
            String where = "`" + service + "` (" + deployment.relative(dockerfilePath) + ")";
            Dockerfile dockerfile = new Dockerfile(dockerfilePath);

            // the module the Dockerfile builds
            List<String> modules = new ArrayList<>();
            for (Dockerfile.Instruction run : dockerfile.all("RUN")) {
                Matcher m = PROJECT_LIST.matcher(run.arguments());
                while (m.find()) {
                    modules.add(m.group(1));
                }
            }
            if (modules.size() != 1) {
                problems.add("%s: expected one Maven `-pl <module>` in a RUN instruction, found %s", where, modules);
                continue;
            }
            String module = modules.get(0);
            String expected = Deployment.MODULE_OF_SERVICE.get(service);
            problems.check(expected == null || expected.equals(module),
                    "%s builds module `%s`, but service `%s` is module `%s`", where, module, service, expected);
            Path moduleDir = context.resolve(module).normalize();
            problems.check(Files.isDirectory(moduleDir), "%s builds module `%s`, but %s does not exist", where,
                    module, deployment.relative(moduleDir));
            problems.check(Files.isRegularFile(moduleDir.resolve("pom.xml")),
                    "%s builds module `%s`, but %s/pom.xml does not exist (module not written yet?)", where, module,
                    deployment.relative(moduleDir));
            problems.check(rootModules.contains(module),
                    "%s builds module `%s`, which the root pom.xml does not list in <modules> %s", where, module,
                    rootModules);
            problems.check(dockerfilePath.getParent().equals(moduleDir),
                    "%s: the Dockerfile of module `%s` belongs in %s/Dockerfile", where, module, module);

            // what the build stage needs from the context
            for (String needed : List.of("mvnw", ".mvn/wrapper/maven-wrapper.properties", "pom.xml")) {
                problems.check(Files.isRegularFile(context.resolve(needed)),
                        "%s: the build context %s has no %s", where, context, needed);
            }

            // multi-stage: Maven wrapper build, then the fast-jar on a JRE as non-root
            if (dockerfile.stages.size() < 2) {
                problems.add("%s: expected a multi-stage build (build stage + runtime stage), found %d FROM",
                        where, dockerfile.stages.size());
                continue;
            }
            boolean wrapperBuild = dockerfile.stages.subList(0, dockerfile.stages.size() - 1).stream()
                    .flatMap(s -> s.all("RUN").stream())
                    .anyMatch(r -> r.arguments().contains("mvnw") && r.arguments().contains("-pl " + module)
                            && r.arguments().contains("-am") && r.arguments().contains("package"));
            problems.check(wrapperBuild, "%s: no build-stage RUN with `./mvnw ... -pl %s -am package`", where, module);
            Dockerfile.Stage runtime = dockerfile.finalStage();
            String copies = String.join("\n", runtime.all("COPY").stream().map(Dockerfile.Instruction::arguments).toList());
            String quarkusApp = module + "/target/quarkus-app/";
            for (String part : List.of("lib/", "app/", "quarkus/", "*.jar")) {
                problems.check(copies.contains("--from=") && copies.contains(quarkusApp + part),
                        "%s: the runtime stage does not copy %s%s from the build stage", where, quarkusApp, part);
            }
            List<Dockerfile.Instruction> users = runtime.all("USER");
            String user = users.isEmpty() ? "root (no USER)" : users.get(users.size() - 1).arguments();
            problems.check(!users.isEmpty() && !user.matches("(root|0)(:.*)?"),
                    "%s: the runtime stage runs as %s; add a non-root USER", where, user);
            String start = String.join(" ", runtime.instructions().stream()
                    .filter(i -> i.keyword().equals("ENTRYPOINT") || i.keyword().equals("CMD"))
                    .map(Dockerfile.Instruction::arguments).toList());
            problems.check(start.contains("quarkus-run.jar"), "%s: the runtime stage does not start quarkus-run.jar", where);

            // the port the image documents is the one compose configures
            String port = deployment.env(service).get("QUARKUS_HTTP_PORT");
            List<String> exposed = runtime.all("EXPOSE").stream()
                    .flatMap(i -> List.of(i.arguments().split("\\s+")).stream())
                    .map(p -> p.replaceAll("/(tcp|udp)$", "")).toList();
            problems.check(port == null || exposed.contains(port),
                    "%s: EXPOSE %s, but compose sets QUARKUS_HTTP_PORT=%s", where, exposed, port);

            // .dockerignore keeps what the reactor needs and drops host build output (checked once per context)
            List<String> needed = contextNeeds.computeIfAbsent(context, c -> new ArrayList<>(
                    List.of("mvnw", ".mvn/wrapper/maven-wrapper.properties", "pom.xml")));
            needed.add(module + "/src/main/java");
            needed.add(module + "/src/main/resources/application.properties");
            rootModules.forEach(m -> needed.add(m + "/pom.xml"));
            DockerIgnore ignore = new DockerIgnore(context);
            problems.check(Files.isRegularFile(context.resolve(".dockerignore")) && ignore.excludedBy(module + "/target") != null,
                    "%s: .dockerignore of %s should exclude %s/target (host build output)", where, context, module);
        }
        contextNeeds.forEach((context, needed) -> {
            DockerIgnore ignore = new DockerIgnore(context);
            needed.stream().distinct().forEach(path -> {
                String pattern = ignore.excludedBy(path);
                problems.check(pattern == null, "%s/.dockerignore: pattern `%s` excludes %s, which the image builds need",
                        deployment.relative(context).isEmpty() ? "." : deployment.relative(context), pattern, path);
            });
        });
        problems.assertNone("service images");
    }

    /**
     * The health checks call /q/health/ready, which exists only with quarkus-smallrye-health in the module or in
     * one of the repository modules it depends on.
     */
    @Test
    void everyBuiltModuleServesTheHealthEndpoints() {
        Problems problems = new Problems();
        Deployment.MODULE_OF_SERVICE.forEach((service, module) -> {
            if (!Files.isRegularFile(deployment.path(module).resolve("pom.xml"))) {
                problems.add("`%s`: %s/pom.xml does not exist (module not written yet?)", service, module);
                return;
            }
            List<String> seen = deployment.moduleClosure(module);
            boolean health = seen.stream().anyMatch(m -> Deployment.read(deployment.path(m).resolve("pom.xml"))
                    .contains("<artifactId>quarkus-smallrye-health</artifactId>"));
            problems.check(health, "`%s`: neither module %s nor the repository modules it uses (%s) depend on "
                    + "io.quarkus:quarkus-smallrye-health, so /q/health/ready answers 404 and the container never "
                    + "becomes healthy", service, module, seen);
        });
        problems.assertNone("health endpoints");
    }
}
