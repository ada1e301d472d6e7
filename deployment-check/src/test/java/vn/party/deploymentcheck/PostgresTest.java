package vn.party.deploymentcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * PostgreSQL: the init script creates every database the JDBC URLs name, owned by the role that logs in, with
 * the password the service is given; and the data volume sits where the image keeps its data.
 */
class PostgresTest {

    static final String INIT_DIR = "/docker-entrypoint-initdb.d";

    /** `create_database <database> <owner> <PASSWORD_VARIABLE>` in deploy/postgres/initdb/*.sh */
    private static final Pattern CREATE_CALL = Pattern.compile(
            "(?m)^\\s*create_database\\s+\"?([A-Za-z0-9_]+)\"?\\s+\"?([A-Za-z0-9_]+)\"?\\s+\"?([A-Za-z_][A-Za-z0-9_]*)\"?\\s*$");
    /** or plain SQL: CREATE DATABASE name [OWNER role] */
    private static final Pattern CREATE_SQL = Pattern.compile(
            "(?i)CREATE\\s+DATABASE\\s+\"?([A-Za-z0-9_]+)\"?(?:[^;]*?\\bOWNER\\s*=?\\s*\"?([A-Za-z0-9_]+)\"?)?");

    private record Created(String database, String owner, String passwordVariable, String file) {
    }

    private final Deployment deployment = Deployment.load();

    private List<Path> initScripts(Problems problems) {
        List<Path> scripts = new ArrayList<>();
        for (Deployment.Volume volume : deployment.volumes("postgres")) {
            if (!volume.bind() || !volume.target().startsWith(INIT_DIR)) {
                continue;
            }
            Path source = deployment.root.resolve(volume.source()).normalize();
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.list(source)) {
                    files.filter(f -> f.toString().endsWith(".sh") || f.toString().endsWith(".sql")).sorted().forEach(scripts::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(source)) {
                scripts.add(source);
            }
        }
        problems.check(!scripts.isEmpty(), "postgres: no *.sh or *.sql init script is mounted into %s", INIT_DIR);
        return scripts;
    }

    @Test
    void initScriptCreatesEveryDatabaseForItsRoleAndPassword() {
        Problems problems = new Problems();
        Map<String, Created> created = new LinkedHashMap<>();
        for (Path script : initScripts(problems)) {
            String text = Deployment.read(script);
            Matcher call = CREATE_CALL.matcher(text);
            while (call.find()) {
                created.put(call.group(1), new Created(call.group(1), call.group(2), call.group(3), deployment.relative(script)));
            }
            Matcher sql = CREATE_SQL.matcher(text);
            while (sql.find()) {
                created.putIfAbsent(sql.group(1), new Created(sql.group(1), sql.group(2), null, deployment.relative(script)));
            }
        }
        Map<String, String> pg = deployment.env("postgres");
        Map<String, String> pgRaw = deployment.rawEnv("postgres");
        String superuser = pg.getOrDefault("POSTGRES_USER", "postgres");

        int urls = 0;
        for (String service : deployment.services().keySet()) {
            Map<String, String> env = deployment.env(service);
            Map<String, String> raw = deployment.rawEnv(service);
            for (Deployment.Endpoint endpoint : deployment.endpoints(service)) {
                if (!endpoint.url().startsWith("jdbc:postgresql:") || !"postgres".equals(endpoint.host())) {
                    continue;
                }
                urls++;
                String database = endpoint.path().replaceFirst("^/", "");
                String userVariable = companion(endpoint.variable(), "USERNAME");
                String passwordVariable = companion(endpoint.variable(), "PASSWORD");
                String user = env.get(userVariable);
                Created db = created.get(database);
                if (db == null) {
                    problems.add("`%s`: %s=%s names database `%s`, which no init script creates (created: %s)",
                            service, endpoint.variable(), endpoint.url(), database, created.keySet());
                    continue;
                }
                problems.check(user != null, "`%s` sets %s but not %s", service, endpoint.variable(), userVariable);
                if (user == null) {
                    continue;
                }
                if (user.equals(superuser)) {
                    problems.check(raw.getOrDefault(passwordVariable, "").equals(pgRaw.getOrDefault("POSTGRES_PASSWORD", "")),
                            "`%s` logs in as the superuser %s; %s must be the same expression as postgres' POSTGRES_PASSWORD",
                            service, user, passwordVariable);
                    continue;
                }
                problems.check(user.equals(db.owner()), "`%s`: %s=%s, but %s creates database `%s` owned by `%s`",
                        service, userVariable, user, db.file(), database, db.owner());
                if (db.passwordVariable() != null) {
                    String expected = pgRaw.get(db.passwordVariable());
                    problems.check(expected != null, "%s reads the password of `%s` from %s, which the postgres service "
                            + "does not set", db.file(), db.owner(), db.passwordVariable());
                    problems.check(expected == null || expected.equals(raw.get(passwordVariable)),
                            "`%s`: %s is `%s` but the role `%s` is created with postgres' %s=`%s`", service,
                            passwordVariable, raw.get(passwordVariable), db.owner(), db.passwordVariable(), expected);
                }
            }
        }
        problems.check(urls >= 4, "expected JDBC URLs to postgres for membership, inspection, events and keycloak; found %d", urls);
        problems.assertNone("databases");
    }

    /** PostgreSQL 18+ images keep PGDATA in /var/lib/postgresql/<major>/docker and refuse a mount at .../data. */
    @Test
    void dataVolumeMatchesTheImageLayout() {
        Problems problems = new Problems();
        String image = deployment.image("postgres");
        Matcher version = Pattern.compile("^postgres:(\\d+)").matcher(image);
        List<String> targets = deployment.volumes("postgres").stream().map(Deployment.Volume::target).toList();
        if (version.find() && Integer.parseInt(version.group(1)) >= 18) {
            problems.check(targets.contains("/var/lib/postgresql"),
                    "postgres: image %s keeps its data under /var/lib/postgresql; mount a volume there (mounts: %s)",
                    image, targets);
            problems.check(!targets.contains("/var/lib/postgresql/data"),
                    "postgres: image %s refuses to start with a volume at /var/lib/postgresql/data", image);
        } else {
            problems.check(targets.contains("/var/lib/postgresql/data") || targets.contains("/var/lib/postgresql"),
                    "postgres: no data volume (mounts: %s): data would be lost with the container", targets);
        }
        problems.assertNone("postgres data volume");
    }

    /** QUARKUS_DATASOURCE_JDBC_URL -> QUARKUS_DATASOURCE_USERNAME, KC_DB_URL -> KC_DB_USERNAME. */
    private static String companion(String urlVariable, String what) {
        if (urlVariable.endsWith("_JDBC_URL")) {
            return urlVariable.substring(0, urlVariable.length() - "JDBC_URL".length()) + what;
        }
        if (urlVariable.endsWith("_URL")) {
            return urlVariable.substring(0, urlVariable.length() - "URL".length()) + what;
        }
        return urlVariable + "_" + what;
    }
}
