package vn.party.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;

import vn.party.testsupport.TestTokens;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The whole back end for system tests, started once per test JVM and stopped by a shutdown hook: one embedded
 * PostgreSQL with a database per service (as docker-compose and the local launcher have it), the OIDC provider,
 * the three services and the gateway as separate processes. Tests may stop and restart a service to see how the
 * others cope.
 */
final class SystemUnderTest {

    private static SystemUnderTest instance;

    private final EmbeddedPostgres postgres;
    private final MiniOidcProvider oidc;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private SystemUnderTest() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String database : List.of("membership", "inspection", "events")) {
                statement.execute("CREATE DATABASE " + database);
            }
        }
        oidc = new MiniOidcProvider();
        EffectKeyFiles keys = EffectKeyFiles.copyTo(projectRoot().resolve("system-tests/target/effect-keys"));
        Path logs = projectRoot().resolve("system-tests/target/system-logs");

        int membershipPort = freePort();
        int inspectionPort = freePort();
        int eventsPort = freePort();
        String membershipUrl = "http://127.0.0.1:" + membershipPort;
        String inspectionUrl = "http://127.0.0.1:" + inspectionPort;
        String eventsUrl = "http://127.0.0.1:" + eventsPort;

        Map<String, String> membershipEnv = serviceEnvironment("membership");
        membershipEnv.put("PARTY_EFFECTS_VERIFICATION_KEY_LOCATION", keys.verification().toString());
        membershipEnv.put("QUARKUS_REST_CLIENT_EVENTS_URL", eventsUrl);
        services.put("membership", new ServiceProcess("membership-service", membershipPort, membershipEnv, logs));
        Map<String, String> inspectionEnv = serviceEnvironment("inspection");
        // its own client (effects-producer) and the private key it signs effects with
        inspectionEnv.put("QUARKUS_OIDC_CLIENT_CLIENT_ID", MiniOidcProvider.INSPECTION_CLIENT);
        inspectionEnv.put("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", MiniOidcProvider.INSPECTION_SECRET);
        inspectionEnv.put("PARTY_EFFECTS_SIGNING_KEY_LOCATION", keys.signing().toString());
        inspectionEnv.put("QUARKUS_REST_CLIENT_MEMBERSHIP_URL", membershipUrl);
        // the outbox relay at test speed: every second, retries after one second
        inspectionEnv.put("OUTBOX_RELAY_EVERY", "1s");
        inspectionEnv.put("OUTBOX_RELAY_INITIAL_DELAY", "1s");
        inspectionEnv.put("OUTBOX_RELAY_INITIAL_BACKOFF", "1S");
        inspectionEnv.put("OUTBOX_RELAY_MAX_BACKOFF", "2S");
        // the organization replica at test speed (it also holds organization-feed-reader)
        inspectionEnv.put("PARTY_REPLICA_EVERY", "1s");
        inspectionEnv.put("PARTY_REPLICA_INITIAL_DELAY", "1s");
        services.put("inspection", new ServiceProcess("inspection-service", inspectionPort, inspectionEnv, logs));
        Map<String, String> eventsEnv = serviceEnvironment("events");
        // its own client (event-feed-reader): reads membership's member-event feed
        eventsEnv.put("QUARKUS_OIDC_CLIENT_CLIENT_ID", MiniOidcProvider.EVENTS_CLIENT);
        eventsEnv.put("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", MiniOidcProvider.EVENTS_SECRET);
        eventsEnv.put("QUARKUS_REST_CLIENT_MEMBERSHIP_URL", membershipUrl);
        eventsEnv.put("QUARKUS_REST_CLIENT_INSPECTION_URL", inspectionUrl);
        eventsEnv.put("MEMBERSHIP_EVENTS_POLLER_EVERY", "1s");
        eventsEnv.put("MEMBERSHIP_EVENTS_POLLER_DELAY", "1s");
        eventsEnv.put("PARTY_REPLICA_EVERY", "1s");
        eventsEnv.put("PARTY_REPLICA_INITIAL_DELAY", "1s");
        services.put("events", new ServiceProcess("events-service", eventsPort, eventsEnv, logs));

        Map<String, String> gatewayEnv = new HashMap<>();
        gatewayEnv.put("QUARKUS_OIDC_AUTH_SERVER_URL", oidc.realmUrl());
        gatewayEnv.put("QUARKUS_OIDC_TOKEN_ISSUER", TestTokens.ISSUER);
        gatewayEnv.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        gatewayEnv.put("GATEWAY_SERVICES_MEMBERSHIP_URL", membershipUrl);
        gatewayEnv.put("GATEWAY_SERVICES_INSPECTION_URL", inspectionUrl);
        gatewayEnv.put("GATEWAY_SERVICES_EVENTS_URL", eventsUrl);
        services.put("gateway", new ServiceProcess("gateway", freePort(), gatewayEnv, logs));
    }

    static synchronized SystemUnderTest get() {
        if (instance == null) {
            RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
            try {
                instance = new SystemUnderTest();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("Embedded PostgreSQL did not accept the databases", e);
            }
            SystemUnderTest started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown, "system-under-test-stop"));
            // started one after the other: on two cores parallel starts are not faster, and membership goes first
            // because the others ask it for the organization tree
            started.services.values().forEach(ServiceProcess::start);
        }
        return instance;
    }

    private Map<String, String> serviceEnvironment(String database) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", database));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", oidc.realmUrl());
        // pinned like in production: the issuer the provider's tokens carry
        env.put("QUARKUS_OIDC_TOKEN_ISSUER", TestTokens.ISSUER);
        env.put("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL", oidc.realmUrl());
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        return env;
    }

    ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("No service " + name);
        }
        return service;
    }

    String url(String name) {
        return service(name).url();
    }

    MiniOidcProvider oidc() {
        return oidc;
    }

    static Path projectRoot() {
        String root = System.getProperty("project.root");
        return root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void shutdown() {
        List<ServiceProcess> running = List.copyOf(services.values());
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).stop();
        }
        oidc.close();
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting
        }
    }
}
