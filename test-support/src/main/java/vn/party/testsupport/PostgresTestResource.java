package vn.party.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from embedded binaries, one per test JVM: started by the first test class that
 * needs it and reused by the others (its stop is a JVM shutdown hook).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /** The shared server's JDBC URL (database "postgres"), as a system property: visible from any class loader. */
    static final String JDBC_URL_PROPERTY = "party.test.postgres.jdbc-url";

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

    /**
     * A connection to the shared server's database "postgres" (the one the services under test use), for tests that
     * write rows the service would otherwise receive from elsewhere (e.g. the organization replica). Starts the
     * server if no test resource has yet.
     */
    public static Connection connection() throws SQLException {
        String url = System.getProperty(JDBC_URL_PROPERTY);
        if (url == null) {
            url = shared().getJdbcUrl("postgres", "postgres");
        }
        return DriverManager.getConnection(url, "postgres", "postgres");
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
            System.setProperty(JDBC_URL_PROPERTY, server.getJdbcUrl("postgres", "postgres"));
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
