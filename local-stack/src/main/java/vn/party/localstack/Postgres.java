package vn.party.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL from zonky's embedded binaries with a persistent data directory and a fixed port. zonky's own
 * shutdown hook is off: the launcher stops PostgreSQL last, after the services that use it.
 */
final class Postgres implements Component {

    static final int PORT = 5433;
    static final String USER = "party";
    static final String PASSWORD = "party";

    private final Path dataDirectory;
    private final Path log;
    private EmbeddedPostgres server;
    private ProcessHandle postmaster;

    Postgres(Layout layout) {
        this.dataDirectory = layout.postgresData();
        this.log = layout.log("postgres");
    }

    void start() throws IOException {
        Files.createDirectories(dataDirectory);
        Files.createDirectories(log.getParent());
        Child.rotate(log);
        server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(PORT)
                .setRegisterShutdownHook(false)
                .setServerConfig("timezone", "UTC")
                .setServerConfig("listen_addresses", "localhost")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        postmaster = readPostmasterPid(dataDirectory).flatMap(ProcessHandle::of).orElse(null);
    }

    /** Creates the application role and one database per service, owned by it, when they are missing. */
    List<String> ensureDatabases(List<String> databases) throws SQLException {
        List<String> created = new ArrayList<>();
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", USER)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                }
                created.add("role " + USER);
            }
            for (String database : databases) {
                if (!database.matches("[a-z_]+")) {
                    throw new IllegalArgumentException("Unexpected database name " + database);
                }
                if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CREATE DATABASE " + database + " OWNER " + USER + " ENCODING 'UTF8'");
                    }
                    created.add("database " + database);
                }
            }
        }
        return created;
    }

    private static boolean exists(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + PORT + "/" + database;
    }

    static Optional<Long> readPostmasterPid(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (Files.isRegularFile(pidFile)) {
                List<String> lines = Files.readAllLines(pidFile);
                if (!lines.isEmpty()) {
                    return Optional.of(Long.parseLong(lines.get(0).trim()));
                }
            }
        } catch (IOException | NumberFormatException unreadable) {
            // treated as no running server
        }
        return Optional.empty();
    }

    Optional<ProcessHandle> postmaster() {
        return Optional.ofNullable(postmaster);
    }

    Path log() {
        return log;
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public boolean isAlive() {
        return postmaster != null && !Processes.isGone(postmaster);
    }

    @Override
    public void stop() {
        if (server == null) {
            return;
        }
        try {
            if (isAlive()) {
                server.close(); // pg_ctl stop -m fast
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("  PostgreSQL did not stop cleanly: " + e.getMessage());
        }
        if (postmaster != null && !Processes.isGone(postmaster)) {
            Processes.stopTree(postmaster, Duration.ofSeconds(10));
        }
    }
}
