package vn.party.membership.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.party.membership.organization.domain.OrganizationType;
import vn.party.testsupport.PostgresTestResource;

/**
 * The demo register generator against a real PostgreSQL: a database of its own (in the shared test server),
 * migrated by the service's Flyway scripts, loaded once with a small bloc.
 */
class DemoRegisterTest {

    private static final int MEMBERS = 300;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static Connection db;
    private static DemoRegister.Result first;

    @BeforeAll
    static void load() throws SQLException {
        String serverUrl = new PostgresTestResource().start().get("quarkus.datasource.jdbc.url");
        String database = "demo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(serverUrl, "postgres", "postgres");
                Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE " + database);
        }
        String url = serverUrl.replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
        Flyway.configure().dataSource(url, "postgres", "postgres")
                .locations("classpath:db/common", "classpath:db/migration").load().migrate();
        db = DriverManager.getConnection(url, "postgres", "postgres");
        first = DemoRegister.load(db, MEMBERS, TODAY, DemoRegister.DEFAULT_SEED, message -> { });
    }

    @AfterAll
    static void close() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void keepsTheFixedDemoOrganizationsAndTheDemoUsersMemberRecord() throws SQLException {
        Map<String, String> fixed = Map.of(
                "00000000-0000-4000-8000-000000000001", "BLOC_COMMITTEE|null",
                "00000000-0000-4000-8000-000000000010", "GRASSROOTS_COMMITTEE|00000000-0000-4000-8000-000000000001",
                "00000000-0000-4000-8000-000000000011", "SUBORDINATE_CELL|00000000-0000-4000-8000-000000000010",
                "00000000-0000-4000-8000-000000000020", "GRASSROOTS_CELL|00000000-0000-4000-8000-000000000001");
        for (Map.Entry<String, String> organization : fixed.entrySet()) {
            assertEquals(organization.getValue(), one("SELECT type || '|' || coalesce(parent_id::text, 'null') "
                    + "FROM organization WHERE id = '" + organization.getKey() + "'"));
        }
        assertEquals("Lê Văn Cường|00000000-0000-4000-8000-000000000011|OFFICIAL", one(
                "SELECT full_name || '|' || organization_id || '|' || status FROM member "
                        + "WHERE id = '00000000-0000-4000-8000-000000000101'"));
        assertEquals("1", one("SELECT count(*) FROM member_affiliation WHERE valid_to IS NULL AND organization_id = "
                + "'00000000-0000-4000-8000-000000000011' AND member_id = '00000000-0000-4000-8000-000000000101'"));
    }

    @Test
    void generatesTheRequestedNumberOfMembersInAMixOfOrganizations() throws SQLException {
        assertTrue(first.generated());
        assertEquals(MEMBERS, first.members());
        assertEquals(String.valueOf(MEMBERS + 1), one("SELECT count(*) FROM member"));
        List<String> types = column("SELECT DISTINCT type FROM organization ORDER BY type");
        assertTrue(types.containsAll(List.of("BLOC_COMMITTEE", "GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL", "SUBORDINATE_CELL")),
                types.toString());
        assertEquals("0", one("SELECT count(*) FROM organization WHERE host_agency IS NULL AND type <> 'BLOC_COMMITTEE'"));
        assertTrue(Integer.parseInt(one("SELECT count(*) FROM organization WHERE parent_id = '"
                + DemoRegister.TRANSPORT_DEPARTMENT + "'")) > 1, "the demo secretary's đảng bộ has several cells");
        // a cell needs at least 3 official members
        assertEquals("0", one("""
                SELECT count(*) FROM organization o WHERE o.type IN ('GRASSROOTS_CELL', 'SUBORDINATE_CELL')
                AND (SELECT count(*) FROM member m WHERE m.organization_id = o.id AND m.status = 'OFFICIAL') < 3"""));
        // the bulk load is in the change feeds: one CREATED row per organization and member, numbered 1..n
        assertEquals(one("SELECT (SELECT count(*) FROM member) + (SELECT count(*) FROM organization)"),
                one("SELECT count(*) FROM change_log WHERE change = 'CREATED'"));
        assertEquals(one("SELECT count(*) FROM change_log"), one("SELECT max(sequence) FROM change_log"));
        assertEquals(one("SELECT max(sequence) FROM change_log"), one("SELECT value FROM change_counter"));
        // members sit in cells only
        assertEquals("0", one("SELECT count(*) FROM member m JOIN organization o ON o.id = m.organization_id "
                + "WHERE o.type NOT IN ('GRASSROOTS_CELL', 'SUBORDINATE_CELL')"));
    }

    @Test
    void organizationsFollowThePlacementRules() throws SQLException {
        Map<String, String> typeById = new HashMap<>();
        Map<String, String> parentById = new HashMap<>();
        try (Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("SELECT id, type, parent_id FROM organization")) {
            while (rows.next()) {
                typeById.put(rows.getString(1), rows.getString(2));
                parentById.put(rows.getString(1), rows.getString(3));
            }
        }
        assertTrue(typeById.size() > 10, "organizations: " + typeById.size());
        typeById.forEach((id, type) -> {
            OrganizationType child = OrganizationType.valueOf(type);
            String parent = parentById.get(id);
            if (child.allowedParents().isEmpty()) {
                assertEquals(null, parent, id + " is a root type");
            } else {
                assertTrue(child.allowedParents().contains(OrganizationType.valueOf(typeById.get(parent))),
                        id + ": " + child + " under " + typeById.get(parent));
            }
        });
    }

    @Test
    void datesFollowTheCharter() throws SQLException {
        assertEquals("0", one("SELECT count(*) FROM member WHERE admission_date < date_of_birth + interval '18 years'"));
        assertEquals("0", one("SELECT count(*) FROM member WHERE official_date < admission_date + interval '12 months'"));
        assertEquals("0", one("SELECT count(*) FROM member WHERE status IN ('OFFICIAL', 'EXEMPTED', 'SUSPENDED', "
                + "'TRANSFERRED_OUT', 'REMOVED', 'LEFT', 'EXPELLED', 'DECEASED') AND official_date IS NULL"));
        assertEquals("0", one("SELECT count(*) FROM member WHERE official_date IS NOT NULL "
                + "AND official_date <> (admission_date + interval '12 months')::date"));
        assertEquals("0", one("SELECT count(*) FROM member WHERE status = 'PROBATIONARY' "
                + "AND (official_date IS NOT NULL OR party_card_number IS NOT NULL "
                + "OR admission_date <= DATE '" + TODAY + "' - 365)"));
        assertEquals("0", one("SELECT count(*) FROM member WHERE admission_decision_date > admission_date "
                + "OR greatest(date_of_birth, admission_date, official_date) > DATE '" + TODAY + "'"));
        Map<String, Integer> statuses = new HashMap<>();
        for (String row : column("SELECT status || '=' || count(*) FROM member GROUP BY status")) {
            statuses.put(row.split("=")[0], Integer.parseInt(row.split("=")[1]));
        }
        assertTrue(statuses.get("OFFICIAL") > MEMBERS * 0.8, statuses.toString());
        assertTrue(statuses.getOrDefault("PROBATIONARY", 0) > 0, statuses.toString());
        assertTrue(statuses.keySet().stream().anyMatch(s -> !List.of("OFFICIAL", "PROBATIONARY").contains(s)),
                "some exempted or historic members: " + statuses);
    }

    @Test
    void nationalIdsFollowTheCccdFormatAndIdentifiersAreUnique() throws SQLException {
        assertEquals("0", one("SELECT count(*) FROM member WHERE national_id !~ '^[0-9]{12}$'"));
        assertEquals("0", one("SELECT count(*) - count(DISTINCT national_id) FROM member"));
        assertEquals("0", one("SELECT count(party_card_number) - count(DISTINCT party_card_number) FROM member"));
        // 4th digit: century and gender (0 man / 1 woman born 19xx, 2 / 3 born 20xx); then the birth year
        assertEquals("0", one("""
                SELECT count(*) FROM member WHERE substr(national_id, 4, 1)::int
                    <> (CASE WHEN extract(year FROM date_of_birth) >= 2000 THEN 2 ELSE 0 END)
                     + (CASE WHEN gender = 'FEMALE' THEN 1 ELSE 0 END)
                   OR substr(national_id, 5, 2) <> to_char(date_of_birth, 'YY')"""));
    }

    @Test
    void everyMemberHasACurrentOrClosedAffiliationAndAStatusHistory() throws SQLException {
        assertEquals("0", one("SELECT count(*) FROM member m WHERE NOT EXISTS "
                + "(SELECT 1 FROM member_affiliation a WHERE a.member_id = m.id AND a.organization_id = m.organization_id)"));
        assertEquals("0", one("SELECT count(*) FROM member m WHERE NOT EXISTS "
                + "(SELECT 1 FROM member_status_change s WHERE s.member_id = m.id)"));
        // the latest status change is the member's status; active members have an open affiliation
        assertEquals("0", one("""
                SELECT count(*) FROM member m WHERE m.status <> (SELECT s.status FROM member_status_change s
                    WHERE s.member_id = m.id ORDER BY s.effective_on DESC, s.id DESC LIMIT 1)"""));
        assertEquals("0", one("""
                SELECT count(*) FROM member m WHERE (m.status IN ('OFFICIAL', 'PROBATIONARY', 'EXEMPTED', 'SUSPENDED'))
                    <> EXISTS (SELECT 1 FROM member_affiliation a WHERE a.member_id = m.id AND a.valid_to IS NULL)"""));
    }

    @Test
    void namesAreVietnameseAndAccentInsensitiveSearchFindsThem() throws SQLException {
        assertTrue(Integer.parseInt(one("SELECT count(*) FROM member WHERE family_name = 'Nguyễn'")) > MEMBERS / 5);
        assertTrue(Integer.parseInt(one("SELECT count(*) FROM member WHERE full_name ~ '[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệ"
                + "ỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĐ]'")) > MEMBERS / 2, "names carry diacritics");
        assertTrue(Integer.parseInt(one("SELECT count(DISTINCT ethnicity) FROM member")) > 1);
        // the predicate MemberSearch uses
        List<String> found = column("SELECT full_name FROM member WHERE search_text LIKE '%' || vn_fold('nguyen') || '%'");
        assertFalse(found.isEmpty());
        assertTrue(found.stream().anyMatch(name -> name.startsWith("Nguyễn ")), found.toString());
    }

    @Test
    void aSecondRunAddsNothing() throws SQLException {
        String before = counts();
        DemoRegister.Result again = DemoRegister.load(db, MEMBERS, TODAY, DemoRegister.DEFAULT_SEED, message -> { });
        assertFalse(again.generated());
        assertEquals(before, counts());
    }

    private static String counts() throws SQLException {
        return one("SELECT (SELECT count(*) FROM organization) || '/' || (SELECT count(*) FROM member) || '/' "
                + "|| (SELECT count(*) FROM member_affiliation) || '/' || (SELECT count(*) FROM member_status_change)");
    }

    private static String one(String sql) throws SQLException {
        List<String> values = column(sql);
        assertEquals(1, values.size(), sql);
        return values.get(0);
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
