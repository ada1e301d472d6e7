package vn.party.membership.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import vn.party.common.time.PartyClock;
import vn.party.membership.demo.DemoCatalogue.Agency;
import vn.party.membership.demo.DemoCatalogue.Ethnicity;
import vn.party.membership.demo.DemoCatalogue.Weighted;
import vn.party.membership.member.domain.Gender;
import vn.party.membership.member.domain.MemberStatus;
import vn.party.membership.member.domain.VietnameseName;
import vn.party.membership.organization.domain.OrganizationType;

/**
 * Loads a realistic demo register into the membership database over a plain JDBC connection: the fixed
 * organizations and the member record the demo realm's users point at, then a generated bloc (grassroots
 * organizations with cells, members with Vietnamese names, affiliations and status history) of a chosen size.
 * <p>
 * Deterministic: the same size, seed and day give the same data. Idempotent: the fixed rows are inserted only
 * when missing, and the generated bloc only into an empty register (no member other than the demo user's, no
 * generated marker organization). Members, affiliations and status changes are streamed with PostgreSQL
 * {@code COPY} in chunks, so 200,000 members take seconds and millions fit in little memory.
 * <p>
 * Used by {@link DemoData} at service start and, outside the service, by {@link #main} (benchmarks).
 */
public final class DemoRegister {

    public static final UUID BLOC = UUID.fromString("00000000-0000-4000-8000-000000000001");
    public static final UUID TRANSPORT_DEPARTMENT = UUID.fromString("00000000-0000-4000-8000-000000000010");
    public static final UUID TRANSPORT_OFFICE_CELL = UUID.fromString("00000000-0000-4000-8000-000000000011");
    public static final UUID JUSTICE_DEPARTMENT_CELL = UUID.fromString("00000000-0000-4000-8000-000000000020");
    /** The demo user {@code dangvien}'s member record (claim {@code member_id}). */
    public static final UUID DEMO_MEMBER = UUID.fromString("00000000-0000-4000-8000-000000000101");

    /** Code of the first generated grassroots organization: present means the bloc was generated. */
    public static final String MARKER_CODE = "DEMO-G0001";
    public static final int DEFAULT_MEMBERS = 5000;
    public static final long DEFAULT_SEED = 20251;
    /** About one grassroots organization per this many members (a bloc of 5,000 has ~60). */
    static final int MEMBERS_PER_GRASSROOTS = 83;

    static final String RECORDED_BY = "demo-data";
    /** Generated statuses are loaded as history (as a bloc loads its paper past): their source is the generator. */
    static final String DEMO_SOURCE = "Dữ liệu mẫu sinh tự động (generated demo data)";
    private static final int CHUNK = 20_000;
    private static final LocalDate FIXED_FOUNDED = LocalDate.of(2020, 1, 1);
    private static final String DEMO_NATIONAL_ID = "051085000101";
    private static final String DEMO_CARD_NUMBER = "510900000101";

    /** What a load did. */
    public record Result(boolean generated, int organizations, int members, int affiliations, int statusChanges,
            Duration took) {
        @Override
        public String toString() {
            return generated
                    ? "%d organizations, %d members, %d affiliations, %d status changes in %.1f s".formatted(organizations,
                            members, affiliations, statusChanges, took.toMillis() / 1000.0)
                    : "register not empty: nothing generated (%.1f s)".formatted(took.toMillis() / 1000.0);
        }
    }

    private final int memberCount;
    private final LocalDate today;
    private final Random random;
    private final Instant now = PartyClock.instant();
    private final Map<String, byte[]> sortKeys = new HashMap<>();
    private final Map<Integer, Integer> nationalIdCounters = new HashMap<>();
    private long cardCounter;
    private final Consumer<String> log;

    private DemoRegister(int memberCount, LocalDate today, long seed, Consumer<String> log) {
        if (memberCount < 0) {
            throw new IllegalArgumentException("members must be ≥ 0: " + memberCount);
        }
        this.memberCount = memberCount;
        this.today = today;
        this.random = new Random(seed);
        this.log = log;
    }

    /**
     * Loads into the database behind {@code connection} (migrated by Flyway) in one transaction; commits it.
     * {@code today} anchors every date (probationary members were admitted within the year before it).
     */
    public static Result load(Connection connection, int members, LocalDate today, long seed, Consumer<String> log)
            throws SQLException {
        long begin = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            DemoRegister register = new DemoRegister(members, today, seed, log);
            register.ensureFixed(connection);
            Result result = register.isEmpty(connection) && members > 0
                    ? register.generate(connection, begin)
                    : new Result(false, 0, 0, 0, 0, Duration.ofNanos(System.nanoTime() - begin));
            // loaded past the services: give the change feeds their CREATED rows
            vn.party.membership.changes.ChangeLogBackfill.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * {@code java -cp "membership-service/target/quarkus-app/app/*:membership-service/target/quarkus-app/lib/main/*"
     * vn.party.membership.demo.DemoRegister <jdbc-url> <user> <password> [members] [seed]} — the database must be
     * migrated already (start membership-service against it once).
     */
    public static void main(String[] args) throws SQLException {
        if (args.length < 3) {
            System.err.println("Usage: DemoRegister <jdbc-url> <user> <password> [members=" + DEFAULT_MEMBERS
                    + "] [seed=" + DEFAULT_SEED + "]");
            System.exit(2);
        }
        int members = args.length > 3 ? Integer.parseInt(args[3].replace("_", "")) : DEFAULT_MEMBERS;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : DEFAULT_SEED;
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            Result result = load(connection, members, PartyClock.date(), seed,
                    System.out::println);
            System.out.println("Demo register: " + result);
        }
    }

    // ---- fixed rows the demo realm relies on ----

    private void ensureFixed(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(ORGANIZATION_INSERT)) {
            addOrganization(insert, new Org(BLOC, "DBK", "Đảng bộ Khối các cơ quan tỉnh", OrganizationType.BLOC_COMMITTEE,
                    null, null, FIXED_FOUNDED));
            addOrganization(insert, new Org(TRANSPORT_DEPARTMENT, "DBCS-GTVT", "Đảng bộ Sở Giao thông vận tải",
                    OrganizationType.GRASSROOTS_COMMITTEE, "Sở Giao thông vận tải", BLOC, FIXED_FOUNDED));
            addOrganization(insert, new Org(TRANSPORT_OFFICE_CELL, "CB-GTVT-VP", "Chi bộ Văn phòng Sở",
                    OrganizationType.SUBORDINATE_CELL, "Sở Giao thông vận tải", TRANSPORT_DEPARTMENT, FIXED_FOUNDED));
            addOrganization(insert, new Org(JUSTICE_DEPARTMENT_CELL, "CBCS-TP", "Chi bộ Sở Tư pháp",
                    OrganizationType.GRASSROOTS_CELL, "Sở Tư pháp", BLOC, FIXED_FOUNDED));
            insert.executeBatch();
        }
        VietnameseName name = new VietnameseName("Lê", "Văn", "Cường");
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO member (id, organization_id, full_name, family_name, given_name, name_sort_key, gender,
                    date_of_birth, ethnicity, hometown, national_id, party_card_number, phone, education_level,
                    political_theory_level, job_title, host_agency, admission_decision_date, admission_date,
                    official_date, status, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 'MALE', DATE '1985-03-14', 'Kinh', 'Xã Tịnh Phong, tỉnh Quảng Ngãi', ?, ?,
                    '0905123101', 'Đại học', 'Trung cấp', 'Chuyên viên', 'Sở Giao thông vận tải', DATE '2009-04-20',
                    DATE '2009-05-19', DATE '2010-05-19', 'OFFICIAL', 0, ?, ?)
                ON CONFLICT DO NOTHING""")) {
            insert.setObject(1, DEMO_MEMBER);
            insert.setObject(2, TRANSPORT_OFFICE_CELL);
            insert.setString(3, name.fullName());
            insert.setString(4, name.familyName());
            insert.setString(5, name.givenName());
            insert.setBytes(6, name.sortKey());
            insert.setString(7, DEMO_NATIONAL_ID);
            insert.setString(8, DEMO_CARD_NUMBER);
            insert.setTimestamp(9, Timestamp.from(now));
            insert.setTimestamp(10, Timestamp.from(now));
            if (insert.executeUpdate() == 0) {
                return;
            }
        }
        try (PreparedStatement affiliation = connection.prepareStatement("""
                INSERT INTO member_affiliation (member_id, organization_id, valid_from, reason)
                VALUES (?, ?, ?, 'TRANSFER_IN')""");
                PreparedStatement status = connection.prepareStatement("""
                        INSERT INTO member_status_change (member_id, status, effective_on, reason, decision_ref,
                            recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            affiliation.setObject(1, DEMO_MEMBER);
            affiliation.setObject(2, TRANSPORT_OFFICE_CELL);
            affiliation.setObject(3, FIXED_FOUNDED);
            affiliation.executeUpdate();
            addStatus(status, MemberStatus.PROBATIONARY, LocalDate.of(2009, 5, 19), "Kết nạp vào Đảng (admitted)",
                    "112-QĐ/ĐUK");
            addStatus(status, MemberStatus.OFFICIAL, LocalDate.of(2010, 5, 19),
                    "Công nhận đảng viên chính thức (became official)", "98-QĐ/ĐUK");
            status.executeBatch();
        }
    }

    private void addStatus(PreparedStatement status, MemberStatus value, LocalDate on, String reason, String ref)
            throws SQLException {
        status.setObject(1, DEMO_MEMBER);
        status.setString(2, value.name());
        status.setObject(3, on);
        status.setString(4, reason);
        status.setString(5, ref);
        status.setTimestamp(6, Timestamp.from(now));
        status.setString(7, RECORDED_BY);
        status.addBatch();
    }

    private boolean isEmpty(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT NOT EXISTS (SELECT 1 FROM organization WHERE code = ?)
                   AND NOT EXISTS (SELECT 1 FROM member WHERE id <> ?)""")) {
            query.setString(1, MARKER_CODE);
            query.setObject(2, DEMO_MEMBER);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                boolean empty = result.getBoolean(1);
                if (!empty) {
                    log.accept("Demo data: the register already has members; nothing generated");
                }
                return empty;
            }
        }
    }

    // ---- the generated bloc ----

    /** An organization row; {@code weight} is a cell's relative size (0 for organizations that hold no members). */
    record Org(UUID id, String code, String name, OrganizationType type, String hostAgency, UUID parentId,
            LocalDate foundedOn) {
    }

    private Result generate(Connection connection, long begin) throws SQLException {
        List<Org> organizations = new ArrayList<>();
        List<Org> cells = new ArrayList<>();
        buildTree(organizations, cells);
        try (PreparedStatement insert = connection.prepareStatement(ORGANIZATION_INSERT)) {
            int pending = 0;
            for (Org organization : organizations) {
                addOrganization(insert, organization);
                if (++pending % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        log.accept("Demo data: %d organizations (%d cells) in %.1f s; generating %d members..."
                .formatted(organizations.size(), cells.size(), (System.nanoTime() - begin) / 1e9, memberCount));

        List<String> deferredIndexes = dropSecondaryIndexes(connection);
        int[] cellOf = assignCells(cells);
        seenPerCell = new int[cells.size()];
        String created = now.toString();
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        int affiliations = 0;
        int statusChanges = 0;
        long copyNanos = 0;
        // One thread generates the next chunk while PostgreSQL takes the current one (the generator's Random is
        // only ever used by that thread, so the data stays deterministic).
        ExecutorService generator = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "demo-data-generator");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Chunk> next = generator.submit(() -> chunk(cells, cellOf, 0, Math.min(memberCount, CHUNK), created));
            for (int from = 0; from < memberCount; from += CHUNK) {
                Chunk chunk = await(next);
                int following = from + CHUNK;
                if (following < memberCount) {
                    next = generator.submit(() -> chunk(cells, cellOf, following,
                            Math.min(memberCount, following + CHUNK), created));
                }
                long copyBegin = System.nanoTime();
                copyIn(copy, MEMBER_COPY, chunk.members());
                copyIn(copy, AFFILIATION_COPY, chunk.affiliations());
                copyIn(copy, STATUS_COPY, chunk.statusChanges());
                copyNanos += System.nanoTime() - copyBegin;
                affiliations += chunk.affiliationCount();
                statusChanges += chunk.statusChangeCount();
                int done = Math.min(memberCount, following);
                if (done % 100_000 == 0 && done < memberCount) {
                    log.accept("Demo data: %d members (%.1f s)".formatted(done, (System.nanoTime() - begin) / 1e9));
                }
            }
        } finally {
            generator.shutdownNow();
        }
        long indexBegin = System.nanoTime();
        try (var statement = connection.createStatement()) {
            statement.execute("SET LOCAL maintenance_work_mem = '256MB'");
            for (String definition : deferredIndexes) {
                statement.execute(definition);
            }
            statement.execute("ANALYZE organization, member, member_affiliation, member_status_change");
        }
        log.accept("Demo data: COPY took %.1f s, building the deferred indexes %.1f s".formatted(copyNanos / 1e9,
                (System.nanoTime() - indexBegin) / 1e9));
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        Result result = new Result(true, organizations.size(), memberCount, affiliations, statusChanges, took);
        log.accept("Demo data: " + result);
        return result;
    }

    /** The COPY text of a run of members. */
    private record Chunk(StringBuilder members, StringBuilder affiliations, StringBuilder statusChanges,
            int affiliationCount, int statusChangeCount) {
    }

    private Chunk chunk(List<Org> cells, int[] cellOf, int from, int to, String created) {
        StringBuilder members = new StringBuilder(to - from << 9);
        StringBuilder affiliationRows = new StringBuilder(to - from << 7);
        StringBuilder statusRows = new StringBuilder(to - from << 8);
        int affiliationCount = 0;
        int statusChangeCount = 0;
        for (int i = from; i < to; i++) {
            GeneratedMember member = member(cells, cellOf[i]);
            member.appendTo(members, created);
            affiliationCount += member.appendAffiliations(affiliationRows);
            statusChangeCount += member.appendStatusChanges(statusRows, created);
        }
        return new Chunk(members, affiliationRows, statusRows, affiliationCount, statusChangeCount);
    }

    private static Chunk await(Future<Chunk> chunk) throws SQLException {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while generating demo data", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Drops the member tables' indexes that back no constraint, returning their definitions: building them
     * once after the load is several times faster than maintaining them row by row (the trigram index above
     * all). Same transaction, so a failed load leaves them as they were.
     */
    private static List<String> dropSecondaryIndexes(Connection connection) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i
                WHERE i.indrelid IN ('member'::regclass, 'member_affiliation'::regclass, 'member_status_change'::regclass)
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
                ORDER BY 1""");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
                definitions.add(rows.getString(2));
            }
        }
        try (var statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("DROP INDEX " + name);
            }
        }
        return definitions;
    }

    /**
     * The bloc's grassroots organizations: the two fixed ones (the transport department gets more cells) and
     * generated ones from the catalogue of provincial agencies, then local units when the size asks for more.
     */
    private void buildTree(List<Org> organizations, List<Org> cells) {
        int grassroots = Math.max(6, Math.round(memberCount / (float) MEMBERS_PER_GRASSROOTS));
        cells.add(new Org(TRANSPORT_OFFICE_CELL, "CB-GTVT-VP", "Chi bộ Văn phòng Sở", OrganizationType.SUBORDINATE_CELL,
                "Sở Giao thông vận tải", TRANSPORT_DEPARTMENT, FIXED_FOUNDED));
        cells.add(new Org(JUSTICE_DEPARTMENT_CELL, "CBCS-TP", "Chi bộ Sở Tư pháp", OrganizationType.GRASSROOTS_CELL,
                "Sở Tư pháp", BLOC, FIXED_FOUNDED));
        int unit = 0;
        for (String name : List.of("Thanh tra Sở", "Phòng Quản lý vận tải", "Trung tâm Đăng kiểm xe cơ giới",
                "Ban Quản lý bảo trì đường bộ")) {
            Org cell = new Org(uuid(), "DEMO-GTVT-C%02d".formatted(++unit), "Chi bộ " + name,
                    OrganizationType.SUBORDINATE_CELL, "Sở Giao thông vận tải", TRANSPORT_DEPARTMENT, FIXED_FOUNDED);
            organizations.add(cell);
            cells.add(cell);
        }
        List<Agency> catalogue = new ArrayList<>(DemoCatalogue.AGENCIES);
        java.util.Collections.shuffle(catalogue, random);
        for (int g = 1; g <= grassroots - 2; g++) {
            Agency agency = g <= catalogue.size() ? catalogue.get(g - 1) : localAgency(g - catalogue.size() - 1);
            String code = "DEMO-G%04d".formatted(g);
            LocalDate founded = LocalDate.of(1976, 1, 1).plusDays(random.nextInt(35 * 365));
            if (!agency.committee()) {
                Org cell = new Org(uuid(), code, "Chi bộ " + agency.name(), OrganizationType.GRASSROOTS_CELL,
                        agency.name(), BLOC, founded);
                organizations.add(cell);
                cells.add(cell);
                continue;
            }
            Org committee = new Org(uuid(), code, "Đảng bộ " + agency.name(), OrganizationType.GRASSROOTS_COMMITTEE,
                    agency.name(), BLOC, founded);
            organizations.add(committee);
            List<String> units = new ArrayList<>(agency.units());
            int wanted = 3 + random.nextInt(5);
            for (String generic : DemoCatalogue.GENERIC_UNITS) {
                if (units.size() >= wanted) {
                    break;
                }
                if (!units.contains(generic)) {
                    units.add(generic);
                }
            }
            int c = 0;
            for (String name : units) {
                Org cell = new Org(uuid(), code + "-C%02d".formatted(++c), "Chi bộ " + name,
                        OrganizationType.SUBORDINATE_CELL, agency.name(), committee.id(), founded.plusDays(random.nextInt(2000)));
                organizations.add(cell);
                cells.add(cell);
            }
            int b = 0;
            for (String partialName : agency.partials()) {
                Org partial = new Org(uuid(), code + "-B%d".formatted(++b), "Đảng bộ bộ phận " + partialName,
                        OrganizationType.PARTIAL_COMMITTEE, agency.name(), committee.id(), founded.plusDays(random.nextInt(2000)));
                organizations.add(partial);
                int partialCells = 2 + random.nextInt(4);
                for (int pc = 1; pc <= partialCells; pc++) {
                    Org cell = new Org(uuid(), partial.code() + "-C%02d".formatted(pc),
                            "Chi bộ " + partialUnit(partialName, pc),
                            OrganizationType.SUBORDINATE_CELL, agency.name(), partial.id(),
                            partial.foundedOn().plusDays(random.nextInt(1000)));
                    organizations.add(cell);
                    cells.add(cell);
                }
            }
        }
    }

    private static final List<String> HOSPITAL_UNITS = List.of("Khối Hành chính", "Khoa Nội", "Khoa Ngoại",
            "Khoa Nhi", "Khối Cận lâm sàng", "Khoa Hồi sức cấp cứu");
    private static final List<String> OTHER_PARTIAL_UNITS = List.of("Phòng Hành chính - Tổng hợp", "Phòng Nghiệp vụ",
            "Đội số 1", "Đội số 2", "Đội số 3", "Phòng Kỹ thuật");

    /** A cell of a đảng bộ bộ phận, e.g. "Khoa Nội - Bệnh viện Đa khoa tỉnh", "Hạt Kiểm lâm Ba Tơ". */
    private String partialUnit(String partialName, int index) {
        if (partialName.startsWith("Bệnh viện")) {
            return HOSPITAL_UNITS.get((index - 1) % HOSPITAL_UNITS.size()) + " - " + partialName;
        }
        if (partialName.contains("Kiểm lâm")) {
            return "Hạt Kiểm lâm " + DemoCatalogue.PLACES.get((index * 7) % DemoCatalogue.PLACES.size());
        }
        return OTHER_PARTIAL_UNITS.get((index - 1) % OTHER_PARTIAL_UNITS.size()) + " - " + partialName;
    }

    /** Beyond the catalogue (larger sizes): local units of provincial agencies, e.g. "Trung tâm Y tế khu vực Đức Phổ". */
    private Agency localAgency(int index) {
        int units = DemoCatalogue.LOCAL_UNITS.size();
        int places = DemoCatalogue.PLACES.size();
        String name = DemoCatalogue.LOCAL_UNITS.get(index % units) + " " + DemoCatalogue.PLACES.get(index / units % places);
        int round = index / (units * places);
        if (round > 0) {
            name += " số " + (round + 1);
        }
        boolean committee = random.nextInt(100) < 35;
        return new Agency(name, "", committee, List.of(), committee && random.nextInt(100) < 10
                ? List.of(DemoCatalogue.PLACES.get(random.nextInt(places))) : List.of());
    }

    /**
     * Which cell each member belongs to, in random order (rows of one cell are not stored together, as in a
     * register filled over years). Every cell gets at least 5 members and its first 3 are made official
     * (a cell needs 3 official members); the rest follow random cell sizes.
     */
    private int[] assignCells(List<Org> cells) {
        int[] cellOf = new int[memberCount];
        double[] weight = new double[cells.size()];
        double total = 0;
        for (int c = 0; c < weight.length; c++) {
            weight[c] = cells.get(c).type() == OrganizationType.GRASSROOTS_CELL ? 12 + random.nextInt(30) : 8 + random.nextInt(40);
            total += weight[c];
        }
        int minimum = Math.min(5, memberCount / Math.max(1, cells.size()));
        int assigned = 0;
        for (int c = 0; c < cells.size(); c++) {
            for (int k = 0; k < minimum; k++) {
                cellOf[assigned++] = c;
            }
        }
        double[] cumulative = new double[weight.length];
        double sum = 0;
        for (int c = 0; c < weight.length; c++) {
            sum += weight[c] / total;
            cumulative[c] = sum;
        }
        while (assigned < memberCount) {
            int c = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
            cellOf[assigned++] = Math.min(weight.length - 1, c >= 0 ? c : -c - 1);
        }
        for (int i = memberCount - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = cellOf[i];
            cellOf[i] = cellOf[j];
            cellOf[j] = swap;
        }
        return cellOf;
    }

    // ---- one member ----

    private int[] seenPerCell;
    private int decisionNumber;

    private GeneratedMember member(List<Org> cells, int cellIndex) {
        Org cell = cells.get(cellIndex);
        GeneratedMember m = new GeneratedMember();
        m.id = uuid();
        m.cell = cell;
        m.gender = random.nextInt(100) < 56 ? Gender.MALE : Gender.FEMALE;
        Ethnicity ethnicity = pickEthnicity();
        m.ethnicity = ethnicity.name();
        String family = ethnicity.familyNames().isEmpty() ? pick(DemoCatalogue.KINH_FAMILY_NAMES)
                : ethnicity.familyNames().get(random.nextInt(ethnicity.familyNames().size()));
        String middle = ethnicity.name().equals("H'Mông") ? (m.gender == Gender.MALE ? "A" : "Thị")
                : pick(m.gender == Gender.MALE ? DemoCatalogue.MALE_MIDDLE_NAMES : DemoCatalogue.FEMALE_MIDDLE_NAMES);
        List<String> givenNames = m.gender == Gender.MALE ? DemoCatalogue.MALE_GIVEN_NAMES : DemoCatalogue.FEMALE_GIVEN_NAMES;
        String given = givenNames.get(random.nextInt(givenNames.size()));
        while (middle.endsWith(given)) { // no "Nguyễn Anh Anh"
            given = givenNames.get(random.nextInt(givenNames.size()));
        }
        VietnameseName name = new VietnameseName(family, middle, given);
        m.fullName = name.fullName();
        m.familyName = family;
        m.givenName = given;
        m.sortKey = sortKeys.computeIfAbsent(m.fullName + '\u0001' + family, key -> name.sortKey());

        m.status = ++seenPerCell[cellIndex] <= 3 ? MemberStatus.OFFICIAL : pickStatus();
        dates(m);

        String province = ethnicity.provinceCodes().isEmpty()
                ? (random.nextInt(100) < 70 ? DemoCatalogue.HOME_PROVINCE
                        : random.nextInt(100) < 50 ? DemoCatalogue.NEIGHBOUR_PROVINCES.get(random.nextInt(5))
                                : DemoCatalogue.PROVINCES.get(random.nextInt(DemoCatalogue.PROVINCES.size()))[0])
                : ethnicity.provinceCodes().get(random.nextInt(ethnicity.provinceCodes().size()));
        m.nationalId = nationalId(province, m.gender, m.dateOfBirth.getYear());
        m.hometown = DemoCatalogue.COMMUNES.get(random.nextInt(DemoCatalogue.COMMUNES.size())) + ", " + provinceName(province);
        m.partyCardNumber = m.officialDate == null ? null : cardNumber(m.officialDate.getYear());
        m.phone = random.nextInt(100) < 85 ? "0" + PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)]
                + digits(random.nextInt(10_000_000), 7) : null;
        m.religion = ethnicity.name().equals("Khmer") ? "Phật giáo" : pick(DemoCatalogue.RELIGIONS_KINH);
        m.educationLevel = pick(DemoCatalogue.EDUCATION);
        m.politicalTheoryLevel = pick(DemoCatalogue.THEORY);
        m.jobTitle = pick(DemoCatalogue.JOB_TITLES);
        m.hostAgency = cell.hostAgency();
        affiliations(m, cells);
        return m;
    }

    private static final String[] PHONE_PREFIXES = {"90", "91", "93", "94", "96", "97", "98", "86", "88", "89", "32",
            "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85"};

    private MemberStatus pickStatus() {
        int roll = random.nextInt(1000);
        if (roll < 30) {
            return MemberStatus.PROBATIONARY;
        } else if (roll < 50) {
            return MemberStatus.EXEMPTED;
        } else if (roll < 53) {
            return MemberStatus.SUSPENDED;
        } else if (roll < 85) {
            return MemberStatus.TRANSFERRED_OUT;
        } else if (roll < 89) {
            return MemberStatus.REMOVED;
        } else if (roll < 91) {
            return MemberStatus.LEFT;
        } else if (roll < 92) {
            return MemberStatus.EXPELLED;
        } else if (roll < 98) {
            return MemberStatus.DECEASED;
        }
        return MemberStatus.OFFICIAL;
    }

    /** Ages, admission and official dates that satisfy the Charter's rules as of {@link #today}. */
    private void dates(GeneratedMember m) {
        if (m.status == MemberStatus.PROBATIONARY) {
            m.admissionDate = today.minusDays(10 + random.nextInt(350));
            int ageAtAdmission = 19 + random.nextInt(17);
            m.dateOfBirth = m.admissionDate.minusYears(ageAtAdmission).minusDays(random.nextInt(365));
        } else {
            int minAge = m.status == MemberStatus.EXEMPTED ? 50 : 24;
            int age = minAge + (random.nextInt(61 - minAge) + random.nextInt(61 - minAge)) / 2;
            m.dateOfBirth = today.minusYears(age).minusDays(random.nextInt(365));
            int ageAtAdmission = 19 + random.nextInt(Math.max(1, Math.min(age - 20, 26)));
            LocalDate admission = m.dateOfBirth.plusYears(ageAtAdmission).plusDays(random.nextInt(365));
            LocalDate latest = today.minusDays(400);
            m.admissionDate = admission.isAfter(latest) ? latest : admission;
            m.officialDate = m.admissionDate.plusMonths(12);
        }
        m.admissionDecisionDate = m.admissionDate.minusDays(7 + random.nextInt(30));
        m.admissionRef = decisionRef();
        if (m.officialDate != null) {
            m.officialRef = decisionRef();
        }
    }

    private String decisionRef() {
        decisionNumber = decisionNumber % 999 + 1;
        return decisionNumber + "-QĐ/ĐUK";
    }

    /**
     * The current affiliation (from admission, or from when the organization was founded or the member moved
     * in); a few members moved between cells; members who left have their affiliation closed then.
     */
    private void affiliations(GeneratedMember m, List<Org> cells) {
        LocalDate from = m.admissionDate;
        m.currentReason = "ADMISSION";
        if (m.status.isActive() && m.officialDate != null && random.nextInt(100) < 7) {
            Org previous = cells.get(random.nextInt(cells.size()));
            LocalDate moved = m.officialDate.plusDays(30 + random.nextInt(2000));
            if (previous != m.cell && !previous.foundedOn().isAfter(from) && moved.isBefore(today)
                    && !m.cell.foundedOn().isAfter(moved)) {
                m.previous = previous;
                m.movedOn = moved;
                from = moved;
                m.currentReason = "INTERNAL_TRANSFER";
            }
        }
        if (m.cell.foundedOn().isAfter(from)) {
            from = m.cell.foundedOn();
            m.currentReason = "TRANSFER_IN";
        }
        m.currentFrom = from;
        if (m.status == MemberStatus.OFFICIAL || m.status == MemberStatus.PROBATIONARY) {
            return;
        }
        LocalDate after = from.isAfter(m.officialDate) ? from : m.officialDate;
        long span = Math.max(1, today.toEpochDay() - after.toEpochDay() - 1);
        m.changedOn = after.plusDays(1 + Math.floorMod(random.nextLong(), span));
        m.changeRef = m.status == MemberStatus.DECEASED ? null : decisionRef();
        if (!m.status.isActive()) {
            m.currentTo = m.changedOn;
        }
    }

    /**
     * CCCD: province code (3 digits), century and gender (0/1 for men/women born in the 1900s, 2/3 in the
     * 2000s), the last two digits of the birth year, then 6 digits unique within that prefix (a counter
     * scrambled by a multiplier coprime to 10⁶, so numbers look random yet never repeat).
     */
    String nationalId(String province, Gender gender, int birthYear) {
        int centuryGender = (birthYear >= 2000 ? 2 : 0) + (gender == Gender.FEMALE ? 1 : 0);
        int prefix = Integer.parseInt(province) * 1000 + centuryGender * 100 + birthYear % 100;
        while (true) {
            int serial = nationalIdCounters.merge(prefix, 1, Integer::sum);
            if (serial >= 1_000_000) {
                throw new IllegalStateException("more than a million CCCDs for prefix " + prefix);
            }
            String id = province + centuryGender + digits(birthYear % 100, 2)
                    + digits((serial * 7919L + prefix * 15_485_863L) % 1_000_000, 6);
            if (!id.equals(DEMO_NATIONAL_ID)) {
                return id;
            }
        }
    }

    /** Party card: the province's 2-digit code, the year it was issued, an 8-digit serial unique overall. */
    private String cardNumber(int issuedYear) {
        while (true) {
            long serial = (++cardCounter * 48_271L + 1_299_709L) % 100_000_000L;
            String card = DemoCatalogue.HOME_PROVINCE.substring(1) + digits(issuedYear % 100, 2) + digits(serial, 8);
            if (!card.equals(DEMO_CARD_NUMBER)) {
                return card;
            }
        }
    }

    /** {@code value} zero-padded to {@code width} digits (String.format is the generator's slowest part). */
    static String digits(long value, int width) {
        String text = Long.toString(value);
        return text.length() >= width ? text : "0".repeat(width - text.length()) + text;
    }

    private static String provinceName(String code) {
        for (String[] province : DemoCatalogue.PROVINCES) {
            if (province[0].equals(code)) {
                return province[1];
            }
        }
        return "tỉnh Quảng Ngãi";
    }

    private Ethnicity pickEthnicity() {
        double total = 0;
        for (Ethnicity e : DemoCatalogue.ETHNICITIES) {
            total += e.weight();
        }
        double roll = random.nextDouble() * total;
        for (Ethnicity e : DemoCatalogue.ETHNICITIES) {
            roll -= e.weight();
            if (roll < 0) {
                return e;
            }
        }
        return DemoCatalogue.ETHNICITIES.get(0);
    }

    private <T> T pick(List<Weighted<T>> values) {
        double total = 0;
        for (Weighted<T> value : values) {
            total += value.weight();
        }
        double roll = random.nextDouble() * total;
        for (Weighted<T> value : values) {
            roll -= value.weight();
            if (roll < 0) {
                return value.value();
            }
        }
        return values.get(values.size() - 1).value();
    }

    /** A random (version 4) UUID drawn from the seeded generator, so ids are reproducible. */
    private UUID uuid() {
        long high = random.nextLong() & 0xffffffffffff0fffL | 0x0000000000004000L;
        long low = random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L;
        return new UUID(high, low);
    }

    // ---- SQL ----

    private static final String ORGANIZATION_INSERT = """
            INSERT INTO organization (id, code, name, type, host_agency, parent_id, status, founded_on, version,
                created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, 0, ?, ?)
            ON CONFLICT DO NOTHING""";

    private void addOrganization(PreparedStatement insert, Org organization) throws SQLException {
        insert.setObject(1, organization.id());
        insert.setString(2, organization.code());
        insert.setString(3, organization.name());
        insert.setString(4, organization.type().name());
        insert.setString(5, organization.hostAgency());
        insert.setObject(6, organization.parentId());
        insert.setObject(7, organization.foundedOn());
        insert.setTimestamp(8, Timestamp.from(now));
        insert.setTimestamp(9, Timestamp.from(now));
        insert.addBatch();
    }

    private static final String MEMBER_COPY = """
            COPY member (id, organization_id, full_name, family_name, given_name, name_sort_key, gender, date_of_birth,
                ethnicity, religion, hometown, national_id, party_card_number, phone, education_level,
                political_theory_level, job_title, host_agency, admission_decision_date, admission_date, official_date,
                status, version, created_at, updated_at) FROM STDIN""";
    private static final String AFFILIATION_COPY =
            "COPY member_affiliation (member_id, organization_id, valid_from, valid_to, reason) FROM STDIN";
    private static final String STATUS_COPY = """
            COPY member_status_change (member_id, status, effective_on, reason, decision_ref, recorded_at, recorded_by,
                origin, source_document) FROM STDIN""";

    private static void copyIn(CopyManager copy, String sql, StringBuilder rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn in = copy.copyIn(sql);
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** A generated member and the rows it becomes (COPY text format: tab-separated, \N for null). */
    static final class GeneratedMember {
        private static final HexFormat HEX = HexFormat.of();

        UUID id;
        Org cell;
        String fullName;
        String familyName;
        String givenName;
        byte[] sortKey;
        Gender gender;
        LocalDate dateOfBirth;
        String ethnicity;
        String religion;
        String hometown;
        String nationalId;
        String partyCardNumber;
        String phone;
        String educationLevel;
        String politicalTheoryLevel;
        String jobTitle;
        String hostAgency;
        LocalDate admissionDecisionDate;
        LocalDate admissionDate;
        LocalDate officialDate;
        MemberStatus status;
        String admissionRef;
        String officialRef;
        LocalDate changedOn;
        String changeRef;
        Org previous;
        LocalDate movedOn;
        LocalDate currentFrom;
        LocalDate currentTo;
        String currentReason;

        void appendTo(StringBuilder out, String created) {
            field(out, id).field(out, cell.id()).field(out, fullName).field(out, familyName).field(out, givenName);
            out.append("\\\\x").append(HEX.formatHex(sortKey)).append('\t');
            field(out, gender).field(out, dateOfBirth).field(out, ethnicity).field(out, religion).field(out, hometown)
                    .field(out, nationalId).field(out, partyCardNumber).field(out, phone).field(out, educationLevel)
                    .field(out, politicalTheoryLevel).field(out, jobTitle).field(out, hostAgency)
                    .field(out, admissionDecisionDate).field(out, admissionDate).field(out, officialDate)
                    .field(out, status).field(out, 0).field(out, created).last(out, created);
        }

        int appendAffiliations(StringBuilder out) {
            int rows = 1;
            if (previous != null) {
                field(out, id).field(out, previous.id()).field(out, admissionDate).field(out, movedOn).last(out, "ADMISSION");
                rows++;
            }
            field(out, id).field(out, cell.id()).field(out, currentFrom).field(out, currentTo).last(out, currentReason);
            return rows;
        }

        int appendStatusChanges(StringBuilder out, String recorded) {
            field(out, id).field(out, MemberStatus.PROBATIONARY).field(out, admissionDate)
                    .field(out, "Kết nạp vào Đảng (admitted)").field(out, admissionRef).field(out, recorded)
                    .field(out, RECORDED_BY).field(out, "HISTORICAL").last(out, DEMO_SOURCE);
            int rows = 1;
            if (officialDate != null) {
                field(out, id).field(out, MemberStatus.OFFICIAL).field(out, officialDate)
                        .field(out, "Công nhận đảng viên chính thức (became official)").field(out, officialRef)
                        .field(out, recorded).field(out, RECORDED_BY).field(out, "HISTORICAL").last(out, DEMO_SOURCE);
                rows++;
            }
            if (changedOn != null) {
                field(out, id).field(out, status).field(out, changedOn).field(out, REASONS.get(status))
                        .field(out, changeRef).field(out, recorded).field(out, RECORDED_BY).field(out, "HISTORICAL")
                        .last(out, DEMO_SOURCE);
                rows++;
            }
            return rows;
        }

        private static final Map<MemberStatus, String> REASONS = Map.of(
                MemberStatus.EXEMPTED, "Miễn sinh hoạt đảng do tuổi cao, sức yếu (exempted: age and health)",
                MemberStatus.SUSPENDED, "Đình chỉ sinh hoạt đảng trong thời gian điều tra (suspended during an investigation)",
                MemberStatus.TRANSFERRED_OUT, "Chuyển sinh hoạt đảng chính thức ra ngoài Đảng bộ (transferred out)",
                MemberStatus.REMOVED, "Xóa tên: bỏ sinh hoạt đảng 3 tháng trong năm không có lý do (removed)",
                MemberStatus.LEFT, "Xin ra khỏi Đảng (left at their own request)",
                MemberStatus.EXPELLED, "Kỷ luật khai trừ ra khỏi Đảng (expelled)",
                MemberStatus.DECEASED, "Từ trần (deceased)");

        private GeneratedMember field(StringBuilder out, Object value) {
            out.append(value == null ? "\\N" : value.toString()).append('\t');
            return this;
        }

        private void last(StringBuilder out, Object value) {
            out.append(value == null ? "\\N" : value.toString()).append('\n');
        }
    }

}
