package vn.party.localstack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where things are: the repository root and its git-ignored {@code .local/} directory. */
record Layout(Path root) {

    static final String KEYCLOAK_VERSION = "26.7.3";

    /**
     * The repository root: the working directory (run.sh changes into it) or one of its parents, else the
     * directory the launcher jar was built in ({@code <root>/local-stack/target/local-stack.jar}).
     */
    static Layout resolve() {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        for (Path dir = cwd; dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return new Layout(dir);
            }
        }
        Optional<Path> fromJar = jarLocation().map(jar -> jar.getParent()).map(Path::getParent)
                .map(Path::getParent).filter(Layout::isRoot);
        if (fromJar.isPresent()) {
            return new Layout(fromJar.get());
        }
        throw new LauncherException("Cannot find the repository root (a directory with pom.xml and local-stack/) from "
                + cwd + ". Run the launcher from the repository, e.g. ./run.sh");
    }

    static boolean isRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("local-stack/pom.xml"));
    }

    private static Optional<Path> jarLocation() {
        try {
            return Optional.of(Path.of(Layout.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    Path local() {
        return root.resolve(".local");
    }

    Path postgresData() {
        return local().resolve("postgres");
    }

    Path logs() {
        return local().resolve("logs");
    }

    Path log(String name) {
        return logs().resolve(name + ".log");
    }

    Path pids() {
        return local().resolve("run");
    }

    /** An empty working directory for the service JVMs, so no stray .env or config/ is picked up. */
    Path work() {
        return local().resolve("work");
    }

    Path keycloakHome() {
        return local().resolve("keycloak-" + KEYCLOAK_VERSION);
    }

    Path keycloakData() {
        return keycloakHome().resolve("data");
    }

    /** The demo realm (users, party-cli, known secrets): for this launcher only, never for compose. */
    Path realmFile() {
        return root.resolve("deploy/keycloak/demo/realm-demo.json");
    }

    /** The effect-signing key pair, generated on the first run. */
    Path keys() {
        return local().resolve("keys");
    }

    Path serviceJar(String module) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Put on every process the launcher starts, so a leftover one can be recognised as ours. */
    String marker() {
        return "-Dparty.local-stack.root=" + root;
    }
}
