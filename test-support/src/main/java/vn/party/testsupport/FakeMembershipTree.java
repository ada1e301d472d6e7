package vn.party.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import vn.party.contracts.ContractExamples;
import vn.party.contracts.organization.OrganizationFeed;

/**
 * Stands in for membership's organization tree in the tests of the services that keep a replica of it (inspection,
 * events). Tests declare the tree with {@link #place}, {@link #placeDuring} and {@link #succeed}: the rows are written
 * straight into the service's replica tables (the shared test database, {@link PostgresTestResource}) and each change
 * is also an entry of a fake organization feed served over HTTP ({@code GET /api/membership/organization-feed}), so
 * the replica's consumer can replay it (after a rebuild, say). {@link #publish} appends an entry to the feed only, for
 * tests of the consumer; {@link #down} makes the feed answer 503.
 */
public class FakeMembershipTree implements QuarkusTestResourceLifecycleManager {

    /** The start of an undated placement: long before anything the tests date. */
    public static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    private static final Object LOCK = new Object();
    private static final Map<UUID, List<OrganizationFeed.Period>> PERIODS = new HashMap<>();
    private static final Map<UUID, List<OrganizationFeed.Succession>> SUCCESSIONS = new HashMap<>();
    private static final List<OrganizationFeed.Entry> FEED = new ArrayList<>();
    private static final AtomicReference<String> LAST_AUTHORIZATION = new AtomicReference<>();
    private static final AtomicBoolean DOWN = new AtomicBoolean();
    private static final AtomicInteger FEED_CALLS = new AtomicInteger();
    private static HttpServer server;

    /** Declares {@code organization} as a child of {@code parent} ({@code null} for a root) since {@link #BEGINNING}. */
    public static void place(UUID organization, UUID parent) {
        place(organization, parent, null, "ORGANIZATION");
    }

    /**
     * Declares {@code organization} as a child of {@code parent} since {@link #BEGINNING}, with the name and type
     * (membership's organization type, e.g. {@code GRASSROOTS}) the replica answers for it.
     */
    public static void place(UUID organization, UUID parent, String name, String type) {
        synchronized (LOCK) {
            List<OrganizationFeed.Period> periods = List.of(
                    period(BEGINNING, null, parent, name, type, "ACTIVE", "CREATE"));
            if (periods.equals(PERIODS.get(organization)) && !SUCCESSIONS.containsKey(organization)) {
                return; // unchanged: nothing to write or publish
            }
            PERIODS.put(organization, new ArrayList<>(periods));
            SUCCESSIONS.remove(organization);
            changed(organization);
        }
    }

    /**
     * Declares {@code organization} under {@code parent} during {@code [from, to)} ({@code to} null: still), in
     * addition to its other periods; a period starting on the same day is replaced.
     */
    public static void placeDuring(UUID organization, UUID parent, LocalDate from, LocalDate to) {
        placeDuring(organization, parent, from, to, null, "ORGANIZATION");
    }

    /** {@link #placeDuring(UUID, UUID, LocalDate, LocalDate)} with the period's name and type. */
    public static void placeDuring(UUID organization, UUID parent, LocalDate from, LocalDate to, String name,
            String type) {
        synchronized (LOCK) {
            List<OrganizationFeed.Period> periods = new ArrayList<>(PERIODS.getOrDefault(organization, List.of()));
            periods.removeIf(p -> p.validFrom().equals(from));
            periods.add(period(from, to, parent, name, type, "ACTIVE", "CREATE"));
            periods.sort(Comparator.comparing(OrganizationFeed.Period::validFrom));
            PERIODS.put(organization, periods);
            changed(organization);
        }
    }

    /**
     * {@code predecessor} ceases on {@code effectiveOn} and {@code successor} takes over ({@code kind} MERGE, SPLIT or
     * DISSOLVE), as membership records it: the predecessor's period then is closed and a period with status MERGED,
     * SPLIT or DISSOLVED (same parent) opens; the succession is recorded. Call once per successor of a split.
     */
    public static void succeed(UUID predecessor, UUID successor, String kind, LocalDate effectiveOn) {
        synchronized (LOCK) {
            List<OrganizationFeed.Period> periods = new ArrayList<>(PERIODS.getOrDefault(predecessor, List.of()));
            OrganizationFeed.Period covering = periods.stream()
                    .filter(p -> !p.validFrom().isAfter(effectiveOn)
                            && (p.validTo() == null || p.validTo().isAfter(effectiveOn)))
                    .findFirst().orElse(null);
            if (covering != null && "ACTIVE".equals(covering.status())) {
                periods.remove(covering);
                if (covering.validFrom().isBefore(effectiveOn)) {
                    periods.add(period(covering.validFrom(), effectiveOn, covering.parentId(), covering.name(),
                            covering.type(), covering.status(), covering.changeKind()));
                }
                periods.add(period(effectiveOn, covering.validTo(), covering.parentId(), covering.name(),
                        covering.type(), ceased(kind), kind));
                periods.sort(Comparator.comparing(OrganizationFeed.Period::validFrom));
                PERIODS.put(predecessor, periods);
            }
            List<OrganizationFeed.Succession> successions = new ArrayList<>(
                    SUCCESSIONS.getOrDefault(predecessor, List.of()));
            successions.removeIf(s -> s.successorId().equals(successor));
            successions.add(new OrganizationFeed.Succession(predecessor, successor, kind, effectiveOn));
            SUCCESSIONS.put(predecessor, successions);
            changed(predecessor);
        }
    }

    /**
     * Appends an entry to the fake feed only (the replica learns it when its consumer polls): the organization's whole
     * timeline as membership would send it. Returns the entry's position.
     */
    public static long publish(UUID organization, List<OrganizationFeed.Period> periods,
            List<OrganizationFeed.Succession> successions) {
        synchronized (LOCK) {
            PERIODS.put(organization, new ArrayList<>(periods));
            SUCCESSIONS.put(organization, new ArrayList<>(successions));
            return append(organization);
        }
    }

    /** A period as the feed carries it (code and name made up from the id). */
    public static OrganizationFeed.Period period(LocalDate from, LocalDate to, UUID parent, String status,
            String changeKind) {
        return period(from, to, parent, null, "ORGANIZATION", status, changeKind);
    }

    private static OrganizationFeed.Period period(LocalDate from, LocalDate to, UUID parent, String name, String type,
            String status, String changeKind) {
        return new OrganizationFeed.Period(from, to, parent, null, name, type, status, changeKind);
    }

    /** The fake feed's newest position (0: nothing published yet). */
    public static long head() {
        synchronized (LOCK) {
            return FEED.size();
        }
    }

    /** While down, the feed answers 503 (membership-service stopped). */
    public static void down(boolean down) {
        DOWN.set(down);
    }

    /** How many feed requests reached the fake (answered or refused). */
    public static int feedCalls() {
        return FEED_CALLS.get();
    }

    /** The Authorization header of the last feed request. */
    public static String lastAuthorization() {
        return LAST_AUTHORIZATION.get();
    }

    private static String ceased(String kind) {
        return switch (kind) {
            case "MERGE" -> "MERGED";
            case "SPLIT" -> "SPLIT";
            default -> "DISSOLVED";
        };
    }

    /** Writes the organization's rows into the replica tables and publishes the change. */
    private static void changed(UUID organization) {
        write(organization);
        append(organization);
    }

    private static long append(UUID organization) {
        long position = FEED.size() + 1L;
        FEED.add(new OrganizationFeed.Entry(position, organization,
                List.copyOf(PERIODS.getOrDefault(organization, List.of())),
                List.copyOf(SUCCESSIONS.getOrDefault(organization, List.of()))));
        return position;
    }

    private static void write(UUID organization) {
        try (Connection connection = PostgresTestResource.connection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement periods = connection.prepareStatement(
                    "DELETE FROM replica_organization_period WHERE organization_id = ?");
                 PreparedStatement successions = connection.prepareStatement(
                         "DELETE FROM replica_organization_succession WHERE predecessor_id = ?")) {
                periods.setObject(1, organization);
                periods.executeUpdate();
                successions.setObject(1, organization);
                successions.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO replica_organization_period (organization_id, valid_from, valid_to, parent_id, code,
                                                             name, type, status, change_kind)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (OrganizationFeed.Period p : PERIODS.getOrDefault(organization, List.of())) {
                    insert.setObject(1, organization);
                    insert.setDate(2, Date.valueOf(p.validFrom()));
                    insert.setDate(3, p.validTo() == null ? null : Date.valueOf(p.validTo()));
                    insert.setObject(4, p.parentId());
                    insert.setString(5, p.code());
                    insert.setString(6, p.name());
                    insert.setString(7, p.type());
                    insert.setString(8, p.status());
                    insert.setString(9, p.changeKind());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO replica_organization_succession (predecessor_id, successor_id, kind, effective_on,
                                                                 position)
                    VALUES (?, ?, ?, ?, 0)""")) {
                for (OrganizationFeed.Succession s : SUCCESSIONS.getOrDefault(organization, List.of())) {
                    insert.setObject(1, organization);
                    insert.setObject(2, s.successorId());
                    insert.setString(3, s.kind());
                    insert.setDate(4, Date.valueOf(s.effectiveOn()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("The replica rows of " + organization + " cannot be written (is the"
                    + " service under test started, with db/replica in its Flyway locations?)", e);
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/membership/", FakeMembershipTree::answer);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        // membership's other endpoints (not faked here) answer 404 from this server
        return Map.of("quarkus.rest-client.membership.url", url, "party.replica.membership-url", url,
                "quarkus.rest-client.organization-feed.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        if (!"/api/membership/organization-feed".equals(exchange.getRequestURI().getPath())) {
            send(exchange, 404, "{\"status\":404}");
            return;
        }
        FEED_CALLS.incrementAndGet();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            send(exchange, 401, "{\"status\":401}");
            return;
        }
        LAST_AUTHORIZATION.set(authorization);
        if (DOWN.get()) {
            send(exchange, 503, "{\"status\":503}");
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI());
        long after;
        int limit;
        try {
            after = Long.parseLong(query.getOrDefault("after", "0"));
            limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        } catch (NumberFormatException e) {
            send(exchange, 400, "{\"status\":400}");
            return;
        }
        if (after < 0 || limit < 1 || limit > 1000) {
            send(exchange, 400, "{\"status\":400}");
            return;
        }
        OrganizationFeed feed;
        synchronized (LOCK) {
            List<OrganizationFeed.Entry> entries = FEED.stream().filter(e -> e.position() > after).limit(limit)
                    .toList();
            feed = new OrganizationFeed(OrganizationFeed.VERSION, FEED.size(), entries);
        }
        try {
            send(exchange, 200, ContractExamples.strictMapper().writeValueAsString(feed));
        } catch (JsonProcessingException e) {
            send(exchange, 500, "{\"status\":500}");
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
