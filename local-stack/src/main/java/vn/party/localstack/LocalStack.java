package vn.party.localstack;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the whole system locally without Docker: PostgreSQL, Keycloak, the three services and the gateway.
 * See {@link Options#USAGE}.
 */
public final class LocalStack {

    static final int KEYCLOAK_PORT = 8180;
    static final String KEYCLOAK_URL = "http://localhost:" + KEYCLOAK_PORT;
    static final String REALM_URL = KEYCLOAK_URL + "/realms/party";
    static final String TOKEN_URL = REALM_URL + "/protocol/openid-connect/token";
    static final String GATEWAY_URL = "http://localhost:8080";

    /** A backend module started as {@code java -jar <module>/target/quarkus-app/quarkus-run.jar}. */
    record Service(String module, int port, String database) {
        String url() {
            return "http://localhost:" + port;
        }
    }

    static final List<Service> SERVICES = List.of(
            new Service("membership-service", 8081, "membership"),
            new Service("inspection-service", 8082, "inspection"),
            new Service("events-service", 8083, "events"));
    static final Service GATEWAY = new Service("gateway", 8080, null);

    private static final Duration KEYCLOAK_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration SERVICE_TIMEOUT = Duration.ofMinutes(3);

    private final PrintStream out;
    private final Options options;
    private final Layout layout;
    private final Stack stack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private LocalStack(PrintStream out, Options options, Layout layout) {
        this.out = out;
        this.options = options;
        this.layout = layout;
        this.stack = new Stack(out);
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Options options;
        try {
            options = Options.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println();
            out.print(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            out.print(Options.USAGE);
            return;
        }
        LocalStack launcher = null;
        try {
            Layout layout = Layout.resolve();
            launcher = new LocalStack(out, options, layout);
            launcher.run();
        } catch (Stack.Stopping stopping) {
            // Ctrl-C during startup: the shutdown hook is stopping what was started
        } catch (LauncherException e) {
            if (launcher == null || !launcher.stack.stopping()) {
                out.println();
                out.println("ERROR: " + e.getMessage());
            }
            System.exit(1);
        } catch (Exception e) {
            if (launcher == null || !launcher.stack.stopping()) {
                out.println();
                out.println("ERROR: the local stack could not start: " + e);
                e.printStackTrace(out);
            }
            System.exit(1);
        }
    }

    private void run() throws Exception {
        long begin = System.nanoTime();
        out.println("Local stack in " + layout.root());
        preflight();
        Files.createDirectories(layout.local());

        out.println("Checking for processes left over from a previous run...");
        new Leftovers(layout, out).clean();
        if (options.reset()) {
            reset();
        }
        Files.createDirectories(layout.logs());
        configureLauncherLog();

        Ports.requireFree(requiredPorts());
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stopAll, "local-stack-shutdown"));

        startPostgres();
        startKeycloak();
        if (!options.infraOnly()) {
            startServices();
        }
        printBanner(Duration.ofNanos(System.nanoTime() - begin));

        String failure = stack.awaitFailure();
        out.println();
        out.println("ERROR: " + failure);
        out.println("Shutting everything down.");
        System.exit(1);
    }

    private void preflight() {
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(layout.keycloakHome().resolve("bin/kc.sh"))) {
            problems.add("Keycloak is not unpacked at " + layout.keycloakHome()
                    + " (./run.sh downloads and unpacks it).");
        }
        if (!Files.isRegularFile(layout.realmFile())) {
            problems.add("The realm file " + layout.realmFile() + " is missing.");
        }
        if (!options.infraOnly()) {
            List<String> missing = new ArrayList<>();
            Stream.concat(SERVICES.stream(), Stream.of(GATEWAY))
                    .filter(service -> !Files.isRegularFile(layout.serviceJar(service.module())))
                    .forEach(service -> missing.add(layout.root().relativize(layout.serviceJar(service.module())).toString()));
            if (!missing.isEmpty()) {
                problems.add("Not built yet: " + String.join(", ", missing) + ".\n  Build first: ./mvnw -B install -DskipTests"
                        + " (or just ./run.sh, which builds), or use --infra-only to start only PostgreSQL and Keycloak.");
            }
        }
        if (!problems.isEmpty()) {
            throw new LauncherException(String.join("\n", problems));
        }
    }

    private void reset() throws IOException {
        out.println("--reset: deleting PostgreSQL data, Keycloak's database and the logs...");
        deleteTree(layout.postgresData());
        deleteTree(layout.keycloakData());
        deleteTree(layout.logs());
        deleteTree(layout.pids());
        deleteTree(layout.work());
    }

    /** zonky's own messages (the PostgreSQL server's output goes to postgres.log). */
    private void configureLauncherLog() {
        System.setProperty("org.slf4j.simpleLogger.logFile", layout.log("local-stack").toString());
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss,SSS");
    }

    private Map<Integer, String> requiredPorts() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(Postgres.PORT, "PostgreSQL");
        ports.put(KEYCLOAK_PORT, "Keycloak");
        if (!options.infraOnly()) {
            for (Service service : SERVICES) {
                ports.put(service.port(), service.module());
            }
            ports.put(GATEWAY.port(), GATEWAY.module());
        }
        return ports;
    }

    private void startPostgres() throws Exception {
        long begin = System.nanoTime();
        out.print("Starting PostgreSQL on port " + Postgres.PORT + "... ");
        out.flush();
        Postgres postgres = new Postgres(layout);
        try {
            stack.start(postgres, postgres::start);
        } catch (IOException | RuntimeException e) {
            if (e instanceof Stack.Stopping) {
                throw e;
            }
            throw new LauncherException("PostgreSQL did not start: " + e.getMessage() + "\nThe end of "
                    + layout.root().relativize(postgres.log()) + ":\n" + Processes.tail(postgres.log(), 30)
                    + "If .local/postgres is damaged or was made by another PostgreSQL version,"
                    + " ./run.sh --reset starts over (deletes the local data).", e);
        }
        out.printf("ready (%.1f s)%n", seconds(begin));
        postgres.postmaster().ifPresent(process -> stack.watch(postgres, process, () -> "The end of "
                + layout.root().relativize(postgres.log()) + ":\n" + Processes.tail(postgres.log(), 20)));
        List<String> databases = SERVICES.stream().map(Service::database).toList();
        List<String> created = postgres.ensureDatabases(databases);
        if (!created.isEmpty()) {
            out.println("  created " + String.join(", ", created));
        }
    }

    private void startKeycloak() throws Exception {
        Path home = layout.keycloakHome();
        Path importDir = layout.keycloakData().resolve("import");
        Files.createDirectories(importDir);
        Files.copy(layout.realmFile(), importDir.resolve("realm.json"), StandardCopyOption.REPLACE_EXISTING);
        // start-dev re-builds a freshly unpacked Keycloak once (lib/quarkus); this marker says it has been done
        Path builtMarker = home.resolve(".built-for-start-dev");
        boolean built = Files.isRegularFile(builtMarker);
        boolean imported = Files.isDirectory(layout.keycloakData().resolve("h2"));

        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        env.put("JAVA_OPTS_APPEND", layout.marker() + " -Dparty.local-stack.name=keycloak");
        env.put("KC_LOG_CONSOLE_COLOR", "false");
        Child keycloak = new Child("keycloak",
                List.of("/bin/sh", home.resolve("bin/kc.sh").toString(), "start-dev",
                        "--http-port", String.valueOf(KEYCLOAK_PORT), "--import-realm"),
                env, layout, home, Duration.ofSeconds(30));

        long begin = System.nanoTime();
        out.println("Starting Keycloak on port " + KEYCLOAK_PORT + (!built
                ? " (first start: Keycloak builds itself and imports the realm, about a minute)..."
                : !imported ? " (imports the realm, about 30 s)..." : " (about 20 s)..."));
        startChild(keycloak);
        waitFor(keycloak, URI.create(REALM_URL + "/.well-known/openid-configuration"), KEYCLOAK_TIMEOUT);
        out.printf("  Keycloak ready (%.1f s)%n", seconds(begin));
        if (!built) {
            Files.writeString(builtMarker, "written by local-stack once Keycloak had started in dev mode\n");
        }
    }

    private void startServices() throws Exception {
        long begin = System.nanoTime();
        out.println("Starting " + SERVICES.stream().map(Service::module).toList() + "...");
        if (options.demoMembers() != null) {
            out.println("  demo register: " + options.demoMembers() + " generated members, loaded only into an empty register"
                    + (options.reset() ? "" : " (first run, or with --reset)"));
        }
        List<Child> children = new ArrayList<>();
        for (Service service : SERVICES) {
            Child child = serviceProcess(service);
            startChild(child);
            children.add(child);
        }
        for (int i = 0; i < SERVICES.size(); i++) {
            waitFor(children.get(i), URI.create(SERVICES.get(i).url() + "/q/health/ready"),
                    i == 0 ? membershipTimeout(options.demoMembers()) : SERVICE_TIMEOUT);
            out.printf("  %s ready on port %d (%.1f s)%n", SERVICES.get(i).module(), SERVICES.get(i).port(), seconds(begin));
        }
        begin = System.nanoTime();
        out.println("Starting gateway...");
        Child gateway = serviceProcess(GATEWAY);
        startChild(gateway);
        waitFor(gateway, URI.create(GATEWAY.url() + "/q/health/ready"), SERVICE_TIMEOUT);
        out.printf("  gateway ready on port %d (%.1f s)%n", GATEWAY.port(), seconds(begin));
    }

    /** membership-service loads the demo register before it is ready: allow ~1 s per 2,000 members on top. */
    static Duration membershipTimeout(Integer demoMembers) {
        return demoMembers == null ? SERVICE_TIMEOUT : SERVICE_TIMEOUT.plusSeconds(demoMembers / 2000);
    }

    private Child serviceProcess(Service service) throws IOException {
        Map<String, String> env = ServiceEnvironment.of(service, options.demoMembers(), EffectKeys.in(layout.keys()).ensure());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                layout.marker(), "-Dparty.local-stack.name=" + service.module(),
                "-jar", layout.serviceJar(service.module()).toString());
        return new Child(service.module(), command, env, layout, layout.work(), Duration.ofSeconds(20));
    }

    private void startChild(Child child) throws Exception {
        stack.start(child, child::start);
        stack.watch(child, child.handle(), () -> "Exit code " + child.exitCode() + ". The end of "
                + layout.root().relativize(child.log()) + ":\n" + Processes.tail(child.log(), 30));
    }

    /** Polls {@code url} until it answers 200; fails if the process dies or the time is up. */
    private void waitFor(Child child, URI url, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build();
        int lastStatus = -1;
        while (true) {
            if (stack.stopping()) {
                throw new Stack.Stopping();
            }
            if (!child.isAlive()) {
                throw new LauncherException(child.name() + " exited with code " + child.exitCode()
                        + " while starting. The end of " + layout.root().relativize(child.log()) + ":\n"
                        + Processes.tail(child.log(), 40));
            }
            stack.check();
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                lastStatus = response.statusCode();
                if (lastStatus == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new LauncherException(child.name() + " was not ready after " + timeout.toSeconds() + " s ("
                        + url + (lastStatus > 0 ? " answered " + lastStatus : " did not answer") + "). The end of "
                        + layout.root().relativize(child.log()) + ":\n" + Processes.tail(child.log(), 40));
            }
            Thread.sleep(500);
        }
    }

    private void printBanner(Duration took) {
        String rel = layout.root().relativize(layout.local()) + "/";
        out.println();
        out.println("==========================================================================================");
        out.printf("  The local stack is up (%.0f s).%s%n", took.toMillis() / 1000.0,
                options.infraOnly() ? " Infrastructure only (--infra-only)." : "");
        out.println("==========================================================================================");
        if (!options.infraOnly()) {
            out.println("  Gateway (the API)     " + GATEWAY_URL);
            out.println("  Swagger UI            " + GATEWAY_URL + "/q/swagger-ui");
            for (Service service : SERVICES) {
                out.printf("  %-21s %s%n", service.module(), service.url());
            }
        }
        out.println("  Keycloak              " + KEYCLOAK_URL + "   (admin console: admin / admin)");
        out.println("  Token endpoint        " + TOKEN_URL);
        out.println("  PostgreSQL            " + Postgres.jdbcUrl("<membership|inspection|events>") + "   (party / party)");
        out.println();
        out.println("  Demo users (realm \"party\"):");
        out.println("    user       password  role           organization (org_id)");
        out.println("    admin      admin     bloc-admin     Đảng bộ Khối các cơ quan tỉnh (...0001)");
        out.println("    bithu      demo      org-secretary  Đảng bộ Sở Giao thông vận tải (...0010) - Nguyễn Văn An");
        out.println("    kiemtra    demo      inspector      UBKT Đảng ủy Khối (...0001) - Trần Thị Bình");
        out.println("    dangvien   demo      member         Chi bộ Văn phòng Sở (...0011), member_id ...0101 - Lê Văn Cường");
        out.println("    client party-integration / secret integration-secret (client credentials): integration, whole bloc");
        out.println("    client " + DemoRealm.INSPECTION_CLIENT + " / secret " + DemoRealm.INSPECTION_SECRET
                + ", client " + DemoRealm.EVENTS_CLIENT + " / secret " + DemoRealm.EVENTS_SECRET + ": the services' own");
        out.println("    (realm deploy/keycloak/demo/realm-demo.json: demo only; effect-signing keys in " + rel + "keys/)");
        out.println("    (ids are 00000000-0000-4000-8000-00000000xxxx)");
        out.println();
        out.println("  Try it (password grant through the local-development-only client party-cli):");
        out.println("    TOKEN=$(curl -s " + TOKEN_URL + " \\");
        out.println("      -d grant_type=password -d client_id=party-cli -d username=bithu -d password=demo \\");
        out.println("      | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        out.println("    curl -H \"Authorization: Bearer $TOKEN\" " + GATEWAY_URL + "/api/membership/organizations");
        out.println();
        out.println("  Data: " + rel + "postgres (PostgreSQL), " + rel + "keycloak-" + Layout.KEYCLOAK_VERSION
                + "/data (Keycloak); --reset wipes them.");
        out.println("  Logs: " + rel + "logs/<name>.log   Pids: " + rel + "run/");
        out.println("  Press Ctrl-C to stop everything.");
        out.println("==========================================================================================");
    }

    private static double seconds(long beginNanos) {
        return (System.nanoTime() - beginNanos) / 1e9;
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
