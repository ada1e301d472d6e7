package vn.party.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import vn.party.testsupport.TestTokens;

/**
 * Issue 7's acceptance end to end: a fixture year built through the services' own APIs (organizations, members,
 * inspections, discipline, ratings, commendations, meetings), then the year-end report read through the gateway
 * as JSON, xlsx and CSV, every figure compared with a number worked out by hand below.
 *
 * <p>The report year is last year (nothing is in the future), the previous year the one before. The tree:
 * bloc → G1…G5 (đảng bộ cơ sở), G6, G7 (chi bộ cơ sở); C1a, C1b under G1 and C2 under G2 (chi bộ trực thuộc).
 */
class AnnualReportIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The report year Y and the year before, P. */
    static final int Y = LocalDate.now(VIETNAM).getYear() - 1;
    /** Organizations exist long before the reported years: figures count by the tree as it stood on the report's date. */
    static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);
    static final int P = Y - 1;

    static SystemUnderTest system;
    static UUID bloc;
    static UUID g1, g2, g3, g4, g5, g6, g7, c1a, c1b, c2;
    static UUID o1, o2, o3, o4, a1, a2, b1, b2, b3;

    @BeforeAll
    static void fixtureYear() {
        system = SystemUnderTest.get();
        Fixtures fixtures = new Fixtures(system);
        bloc = fixtures.organization("Đảng bộ Khối (báo cáo năm)", "BLOC_COMMITTEE", null, FOUNDED);
        g1 = fixtures.organization("Đảng bộ Sở Tư pháp", "GRASSROOTS_COMMITTEE", bloc, FOUNDED);
        g2 = fixtures.organization("Đảng bộ Sở Y tế", "GRASSROOTS_COMMITTEE", bloc, FOUNDED);
        g3 = fixtures.organization("Đảng bộ Sở Công Thương", "GRASSROOTS_COMMITTEE", bloc, FOUNDED);
        g4 = fixtures.organization("Đảng bộ Sở Nội vụ", "GRASSROOTS_COMMITTEE", bloc, FOUNDED);
        g5 = fixtures.organization("Đảng bộ Sở Giao thông", "GRASSROOTS_COMMITTEE", bloc, FOUNDED);
        g6 = fixtures.organization("Chi bộ Ban Dân tộc", "GRASSROOTS_CELL", bloc, FOUNDED);
        g7 = fixtures.organization("Chi bộ Liên minh Hợp tác xã", "GRASSROOTS_CELL", bloc, FOUNDED);
        c1a = fixtures.organization("Chi bộ Phòng Hành chính tư pháp", "SUBORDINATE_CELL", g1, FOUNDED);
        c1b = fixtures.organization("Chi bộ Văn phòng Sở Tư pháp", "SUBORDINATE_CELL", g1, FOUNDED);
        c2 = fixtures.organization("Chi bộ Phòng Nghiệp vụ Y", "SUBORDINATE_CELL", g2, FOUNDED);

        // members: four admitted long ago (official since 2011), two admitted in P, three in Y
        o1 = fixtures.officialMember("Nguyễn Văn An", c1a);
        o2 = fixtures.officialMember("Trần Thị Bình", c1b);
        o3 = fixtures.officialMember("Lê Văn Cường", c2);
        o4 = fixtures.officialMember("Phạm Thị Dung", g6);
        a1 = fixtures.member("Hoàng Văn Em", c1a, LocalDate.of(P, 5, 10), LocalDate.of(Y, 5, 10)); // official in Y
        a2 = fixtures.member("Vũ Thị Giang", g7, LocalDate.of(P, 8, 20), null);
        b1 = fixtures.member("Đặng Văn Hùng", c1b, LocalDate.of(Y, 2, 3), null);
        b2 = fixtures.member("Bùi Thị Lan", c2, LocalDate.of(Y, 6, 15), null);
        b3 = fixtures.member("Đỗ Văn Minh", g6, LocalDate.of(Y, 9, 2), null);

        // inspections: the year is the DECISION step's date
        inspection("COMPLIANCE", "COMMITTEE", g1, null, LocalDate.of(Y, 3, 5));
        inspection("COMPLIANCE", "COMMITTEE", g1, null, LocalDate.of(Y, 9, 10)); // G1 twice: 2 lượt, 1 organization
        inspection("FINANCIAL", "INSPECTION_COMMITTEE", g2, null, LocalDate.of(Y, 6, 2));
        inspection("SIGNS_OF_VIOLATION", "INSPECTION_COMMITTEE", null, o2, LocalDate.of(Y, 7, 1)); // a member
        inspection("COMPLIANCE", "COMMITTEE", g3, null, LocalDate.of(P, 11, 20));
        // decided on 31 December of P, concluded and notified in January of Y: counts in P
        UUID lateInP = inspection("LOWER_LEVEL_INSPECTION_WORK", "INSPECTION_COMMITTEE", g4, null, LocalDate.of(P, 12, 31));
        String[] later = {"TEAM", "PLAN", "NOTICE", "SELF_REPORT", "VERIFICATION", "DRAFT_REPORT", "CONCLUSION",
                "CONCLUSION_NOTICE"};
        for (int i = 0; i < later.length; i++) {
            step(lateInP, later[i], LocalDate.of(Y, 1, 5 + i));
        }
        inspection("COMPLIANCE", "COMMITTEE", g5, null, null); // no decision yet: not counted
        supervision(g5, LocalDate.of(Y, 4, 1), LocalDate.of(Y, 6, 30));

        // discipline in Y (the seeded discipline policy is in force from 2025-01-01)
        fixtures.discipline(o1, "REPRIMAND", "CELL", c1a, 5, 4, 1, LocalDate.of(Y, 2, 20), LocalDate.of(Y, 4, 10));
        fixtures.discipline(o3, "WARNING", "STANDING_COMMITTEE", g2, 9, 7, 2, LocalDate.of(Y, 8, 1), LocalDate.of(Y, 10, 1));

        // ratings of Y: grassroots organizations approved by the bloc, members by their grassroots organization
        UUID yearY = fixtures.ratingPeriod(Y);
        LocalDate decidedY = LocalDate.of(Y, 12, 31);
        fixtures.rate(yearY, "ORGANIZATION", null, g1, "GOOD", "80", decidedY);
        fixtures.rate(yearY, "ORGANIZATION", null, g2, "GOOD", "78.5", decidedY);
        fixtures.rate(yearY, "ORGANIZATION", null, g3, "EXCELLENT", "92", decidedY);
        fixtures.rate(yearY, "ORGANIZATION", null, g4, "GOOD", "75", decidedY);
        fixtures.rate(yearY, "ORGANIZATION", null, g5, "EXCELLENT", "95", decidedY);
        fixtures.rate(yearY, "ORGANIZATION", null, g6, "GOOD", "70", decidedY);
        fixtures.rate(yearY, "ORGANIZATION", null, g7, "COMPLETED", "60", decidedY);
        fixtures.rate(yearY, "ORGANIZATION", null, c1a, "GOOD", "85", decidedY);
        fixtures.rate(yearY, "MEMBER", o1, c1a, "GOOD", "80", decidedY);
        fixtures.rate(yearY, "MEMBER", o2, c1b, "GOOD", "82", decidedY);
        fixtures.rate(yearY, "MEMBER", a1, c1a, "GOOD", "71", decidedY);
        fixtures.rate(yearY, "MEMBER", o3, c2, "COMPLETED", "65", decidedY);
        fixtures.rate(yearY, "MEMBER", o4, g6, "NOT_COMPLETED", "45", decidedY);
        // ratings of P: two grassroots organizations
        UUID yearP = fixtures.ratingPeriod(P);
        fixtures.rate(yearP, "ORGANIZATION", null, g1, "GOOD", "81", LocalDate.of(P, 12, 20));
        fixtures.rate(yearP, "ORGANIZATION", null, g2, "COMPLETED", "55", LocalDate.of(P, 12, 20));

        // commendations
        fixtures.commend("BIEU_DUONG", "CELL", c1a, "05-QĐ/CB", LocalDate.of(Y, 9, 2), List.of(Map.of("memberId", a1)));
        fixtures.commend("GIAY_KHEN", "BLOC", bloc, "120-QĐ/ĐUK", LocalDate.of(Y, 12, 20),
                List.of(Map.of("organizationId", g3), Map.of("organizationId", g5)));
        fixtures.commend("GIAY_KHEN", "GRASSROOTS", g1, "12-QĐ/ĐU", LocalDate.of(P, 5, 19), List.of(Map.of("memberId", o1)));

        // meetings: two in Y at C1a (3 invitations, 2 present), one in P at G1 without invitees
        UUID monthly = fixtures.meeting(c1a, "MONTHLY_CELL_MEETING", OffsetDateTime.of(Y, 3, 5, 14, 0, 0, 0, ZoneOffset.ofHours(7)));
        fixtures.attend(monthly, o1, "PRESENT");
        fixtures.attend(monthly, a1, "ABSENT");
        UUID thematic = fixtures.meeting(c1a, "THEMATIC_MEETING", OffsetDateTime.of(Y, 6, 10, 8, 0, 0, 0, ZoneOffset.ofHours(7)));
        fixtures.attend(thematic, o1, "PRESENT");
        fixtures.meeting(g1, "YEAR_END_SUMMARY", OffsetDateTime.of(P, 12, 20, 8, 0, 0, 0, ZoneOffset.ofHours(7)));
    }

    /**
     * Every figure the fixture year gives, worked out by hand: key → {value in Y, value in P} (null: no figure).
     */
    static Map<String, String[]> expected() {
        Map<String, String[]> e = new LinkedHashMap<>();
        // organizations (both years: no founding dates, so the tree counts as it is in both)
        e.put("organizations.total", of("11", "11")); // bloc 1 + grassroots 7 + subordinate cells 3
        e.put("organizations.grassroots", of("7", "7")); // G1…G5 + G6, G7
        e.put("organizations.grassrootsCommittees", of("5", "5"));
        e.put("organizations.grassrootsCells", of("2", "2"));
        e.put("organizations.subordinateCells", of("3", "3")); // C1a, C1b, C2
        // members on 31 December: Y: o1–o4 + a1 (official from Y-05-10) + a2 + b1, b2, b3 = 9, of them a2, b1–b3
        // probationary = 4, official 9 − 4 = 5; P: o1–o4 + a1, a2 = 6, probationary a1, a2 = 2, official 4
        e.put("members.total", of("9", "6"));
        e.put("members.official", of("5", "4"));
        e.put("members.probationary", of("4", "2"));
        e.put("members.admitted", of("3", "2")); // Y: b1, b2, b3; P: a1, a2
        // inspections: Y: G1 twice + G2 = 3 lượt of 2 organizations, o2 = 1 member; P: G3, G4 (decided 31/12) = 2
        e.put("inspection.inspections.visits", of("3", "2"));
        e.put("inspection.inspections.organizations", of("2", "2"));
        e.put("inspection.inspections.members", of("1", "0"));
        e.put("inspection.byKind.COMPLIANCE.visits", of("2", "1"));
        e.put("inspection.byKind.SIGNS_OF_VIOLATION.visits", of("0", "0")); // a member inspection is no lượt
        e.put("inspection.byKind.LOWER_LEVEL_INSPECTION_WORK.visits", of("0", "1"));
        e.put("inspection.byKind.FINANCIAL.visits", of("1", "0"));
        e.put("inspection.signsOfViolation.organizations", of("0", "0"));
        e.put("inspection.signsOfViolation.members", of("1", "0"));
        e.put("inspection.supervisions.visits", of("1", "0"));
        e.put("inspection.supervisions.organizations", of("1", "0"));
        e.put("inspection.supervisions.members", of("0", "0"));
        // discipline: o1 reprimanded, o3 warned, both in Y
        e.put("discipline.members.total", of("2", "0"));
        e.put("discipline.members.byForm.REPRIMAND", of("1", "0"));
        e.put("discipline.members.byForm.WARNING", of("1", "0"));
        e.put("discipline.organizations.total", of("0", "0"));
        e.put("discipline.suspensions", of("0", "0"));
        e.put("discipline.complaints.received", of("0", "0"));
        e.put("discipline.denunciations.received", of("0", "0"));
        // ratings of members: Y: o1, o2, a1 good, o3 completed, o4 not completed: 3/5 = 60.0%, 0/5 = 0.0%
        // P: nobody rated, so no percentage
        e.put("ratings.members.rated", of("5", "0"));
        e.put("ratings.members.excellent", of("0", "0"));
        e.put("ratings.members.good", of("3", "0"));
        e.put("ratings.members.completed", of("1", "0"));
        e.put("ratings.members.notCompleted", of("1", "0"));
        e.put("ratings.members.goodOrBetterPercent", of("60.0", null));
        e.put("ratings.members.excellentPercent", of("0.0", null));
        // grassroots organizations: Y: G3, G5 excellent, G1, G2, G4, G6 good, G7 completed:
        // (2 + 4) / 7 = 85.714… → 85.7; 2 / 7 = 28.571… → 28.6. P: G1 good, G2 completed: 1/2 = 50.0, 0/2 = 0.0
        e.put("ratings.grassrootsOrganizations.rated", of("7", "2"));
        e.put("ratings.grassrootsOrganizations.excellent", of("2", "0"));
        e.put("ratings.grassrootsOrganizations.good", of("4", "1"));
        e.put("ratings.grassrootsOrganizations.completed", of("1", "1"));
        e.put("ratings.grassrootsOrganizations.notCompleted", of("0", "0"));
        e.put("ratings.grassrootsOrganizations.goodOrBetterPercent", of("85.7", "50.0"));
        e.put("ratings.grassrootsOrganizations.excellentPercent", of("28.6", "0.0"));
        // all organizations: the 7 and C1a (good): (2 + 5) / 8 = 87.5; 2 / 8 = 25.0; P as above
        e.put("ratings.organizations.rated", of("8", "2"));
        e.put("ratings.organizations.good", of("5", "1"));
        e.put("ratings.organizations.goodOrBetterPercent", of("87.5", "50.0"));
        e.put("ratings.organizations.excellentPercent", of("25.0", "0.0"));
        e.put("ratings.cleanAndStrongOrganizations", of("2", "0")); // grassroots organizations approved excellent
        // meetings: Y: monthly + thematic at C1a, 2 present of 3 invitations = 66.666… → 66.7; P: year-end summary
        e.put("meetings.held", of("2", "1"));
        e.put("meetings.byKind.MONTHLY_CELL_MEETING", of("1", "0"));
        e.put("meetings.byKind.THEMATIC_MEETING", of("1", "0"));
        e.put("meetings.byKind.YEAR_END_SUMMARY", of("0", "1"));
        e.put("meetings.byKind.COMMITTEE_PLENUM", of("0", "0"));
        e.put("meetings.attendanceRatePercent", of("66.7", null));
        e.put("tasks.assigned", of("0", "0"));
        e.put("tasks.donePercent", of(null, null)); // nothing assigned: no percentage
        // commendations: Y: a biểu dương to a1, a giấy khen to G3 and G5 (one per recipient) = 3; P: o1's giấy khen
        e.put("commendations.total", of("3", "1"));
        e.put("commendations.byForm.BIEU_DUONG", of("1", "0"));
        e.put("commendations.byForm.GIAY_KHEN", of("2", "1"));
        e.put("commendations.byForm.BANG_KHEN", of("0", "0"));
        e.put("commendations.organizationsCommended", of("2", "0"));
        e.put("commendations.grassrootsOrganizationsCommended", of("2", "0"));
        e.put("commendations.membersCommended", of("1", "1"));
        e.put("commendations.badgesAwarded", of("0", "0"));
        return e;
    }

    @Test
    void theYearEndReportAsJsonHasTheHandComputedFigures() {
        String body = gateway().queryParam("year", Y).queryParam("organizationId", bloc)
                .get("/api/reports/annual")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        JsonPath json = JsonPath.with(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals(bloc.toString(), json.getString("organizationId"));
        assertEquals(Y, json.getInt("year"));
        assertEquals(P, json.getInt("previousYear"));
        assertFalse(json.getBoolean("partial"), "every source answered: " + json.getList("sections.status"));
        assertEquals(List.of("organizations", "members", "inspection", "discipline", "ratings", "meetings", "campaigns",
                "commendations"), json.getList("sections.key"));
        assertEquals(List.of("OK", "OK", "OK", "OK", "OK", "OK", "OK", "OK"), json.getList("sections.status"));

        Map<String, Map<String, Object>> rows = jsonRows(json);
        expected().forEach((key, values) -> {
            Map<String, Object> row = rows.get(key);
            assertNotNull(row, "row " + key + " in " + rows.keySet());
            assertFigure(values[0], row.get("value"), key + " in " + Y);
            assertFigure(values[1], row.get("previousValue"), key + " in " + P);
            String difference = values[0] == null || values[1] == null ? null
                    : new BigDecimal(values[0]).subtract(new BigDecimal(values[1])).toPlainString();
            assertFigure(difference, row.get("difference"), key + " change");
        });
        assertEquals("PERCENT", rows.get("ratings.grassrootsOrganizations.goodOrBetterPercent").get("unit"));
        assertEquals("COUNT", rows.get("members.admitted").get("unit"));
        assertEquals("Kết nạp đảng viên mới", rows.get("members.admitted").get("label"));
        // 85.7 − 50.0 = +35.7 percentage points
        assertFigure("35.7", rows.get("ratings.grassrootsOrganizations.goodOrBetterPercent").get("difference"), "points");
    }

    @Test
    void inspectionKindsAreHeadedInVietnamese() {
        Map<String, Map<String, Object>> rows = jsonRows(reportJson());
        List<String> kindLabels = rows.entrySet().stream()
                .filter(row -> row.getKey().startsWith("inspection.byKind."))
                .map(row -> (String) row.getValue().get("label")).toList();
        assertEquals(4, kindLabels.size(), "the four kinds inspection-service counts: " + kindLabels);
        kindLabels.forEach(label -> assertFalse(label.matches(".*[A-Z]{2,}_?[A-Z_]*.*"),
                "a Vietnamese heading, not an enum name: " + label));
    }

    @Test
    void theSpreadsheetShowsTheSameFigures() throws IOException {
        byte[] file = gateway().queryParam("year", Y).queryParam("organizationId", bloc).queryParam("format", "xlsx")
                .get("/api/reports/annual")
                .then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract().asByteArray();
        Map<String, Map<String, Object>> rows = jsonRows(reportJson());
        List<String> keys = new ArrayList<>(rows.keySet());

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheet("Báo cáo năm " + Y);
            assertNotNull(sheet, "sheet named after the year");
            int header = -1;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && "STT".equals(row.getCell(0).getStringCellValue())) {
                    header = row.getRowNum();
                    assertEquals("Năm " + Y, row.getCell(3).getStringCellValue());
                    assertEquals("Năm " + P, row.getCell(4).getStringCellValue());
                    break;
                }
            }
            assertTrue(header >= 0, "a header row");
            // figure rows have a numeric STT; section rows a Roman numeral. They follow the JSON's rows in order.
            Map<String, Cell[]> cells = new HashMap<>();
            int index = 0;
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(0) == null || row.getCell(0).getCellType() != CellType.NUMERIC) {
                    continue;
                }
                String key = keys.get(index++);
                assertEquals(rows.get(key).get("label"), row.getCell(1).getStringCellValue(), "label of " + key);
                cells.put(key, new Cell[] {row.getCell(3), row.getCell(4)});
            }
            assertEquals(keys.size(), index, "one sheet row per report row");
            expected().forEach((key, values) -> {
                boolean percent = "PERCENT".equals(rows.get(key).get("unit"));
                assertCell(values[0], cells.get(key)[0], percent, key + " in " + Y);
                assertCell(values[1], cells.get(key)[1], percent, key + " in " + P);
            });
            assertEquals("0.0%", cells.get("ratings.grassrootsOrganizations.goodOrBetterPercent")[0].getCellStyle()
                    .getDataFormatString());
        }
    }

    @Test
    void theCsvShowsTheSameFigures() throws IOException {
        byte[] file = gateway().queryParam("year", Y).queryParam("organizationId", bloc).queryParam("format", "csv")
                .get("/api/reports/annual")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, file[0], "UTF-8 byte-order mark");
        Map<String, Map<String, Object>> rows = jsonRows(reportJson());
        List<String> keys = new ArrayList<>(rows.keySet());
        List<CSVRecord> records;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(file, 3, file.length - 3),
                StandardCharsets.UTF_8)) {
            records = CSVFormat.RFC4180.parse(reader).getRecords();
        }
        Map<String, CSVRecord> byKey = new HashMap<>();
        boolean afterHeader = false;
        int index = 0;
        for (CSVRecord record : records) {
            if (!afterHeader) {
                afterHeader = "STT".equals(record.get(0));
                if (afterHeader) {
                    assertEquals("Năm " + Y, record.get(3));
                    assertEquals("Năm " + P, record.get(4));
                }
                continue;
            }
            if (record.get(0).matches("\\d+")) {
                String key = keys.get(index++);
                assertEquals(rows.get(key).get("label"), record.get(1), "label of " + key);
                byKey.put(key, record);
            }
        }
        assertEquals(keys.size(), index, "one CSV line per report row");
        expected().forEach((key, values) -> {
            CSVRecord record = byKey.get(key);
            assertPlain(values[0], record.get(3), key + " in " + Y);
            assertPlain(values[1], record.get(4), key + " in " + P);
        });
        assertEquals("%", byKey.get("ratings.grassrootsOrganizations.goodOrBetterPercent").get(2));
        assertEquals("85.7", byKey.get("ratings.grassrootsOrganizations.goodOrBetterPercent").get(3));
    }

    @Test
    void aSecretaryOfAGrassrootsOrganizationGetsTheirOwnSubtreeButNotTheBlocs() {
        // G1 alone: its two subordinate cells; members o1, a1 (C1a), o2, b1 (C1b) on 31 December of Y, b1 probationary
        String body = given().baseUri(system.url("gateway")).auth().oauth2(TestTokens.secretary(g1))
                .queryParam("year", Y).queryParam("organizationId", g1)
                .get("/api/reports/annual").then().statusCode(200).extract().asString();
        Map<String, Map<String, Object>> rows = jsonRows(
                JsonPath.with(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
        assertFigure("3", rows.get("organizations.total").get("value"), "G1, C1a, C1b");
        assertFigure("4", rows.get("members.total").get("value"), "o1, a1, o2, b1");
        assertFigure("1", rows.get("members.admitted").get("value"), "b1");
        // G1 was inspected twice, but neither conclusion has been notified: a secretary's figures count only what
        // their lists show them (bloc-admin's report above counts both)
        assertFigure("0", rows.get("inspection.inspections.visits").get("value"), "G1 twice, not yet notified");

        given().baseUri(system.url("gateway")).auth().oauth2(TestTokens.secretary(g1))
                .queryParam("year", Y).queryParam("organizationId", bloc)
                .get("/api/reports/annual")
                .then().statusCode(403).contentType(org.hamcrest.Matchers.containsString("application/problem+json"));
    }

    @Test
    void withInspectionDownItsSectionsSayWhyAndTheRestIsThere() throws IOException {
        ServiceProcess inspection = system.service("inspection");
        String body;
        byte[] file;
        inspection.stop();
        try {
            body = gateway().queryParam("year", Y).queryParam("organizationId", bloc)
                    .get("/api/reports/annual").then().statusCode(200).extract().asString();
            file = gateway().queryParam("year", Y).queryParam("organizationId", bloc).queryParam("format", "csv")
                    .get("/api/reports/annual").then().statusCode(200).extract().asByteArray();
        } finally {
            inspection.start();
        }
        JsonPath json = JsonPath.with(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertTrue(json.getBoolean("partial"));
        assertEquals(List.of("OK", "OK", "UNAVAILABLE", "UNAVAILABLE", "OK", "OK", "OK", "OK"),
                json.getList("sections.status"));
        assertEquals(List.of(), json.getList("sections.find { it.key == 'inspection' }.rows"), "no rows, never zeros");
        Map<String, Map<String, Object>> rows = jsonRows(json);
        assertFigure("3", rows.get("members.admitted").get("value"), "membership still counted");
        assertFigure("85.7", rows.get("ratings.grassrootsOrganizations.goodOrBetterPercent").get("value"), "events too");
        String csv = new String(file, StandardCharsets.UTF_8);
        assertTrue(csv.contains("Báo cáo chưa đầy đủ"), csv);
        assertTrue(csv.contains("Không có số liệu năm " + Y + ": nguồn inspection không phản hồi"), csv);
    }

    @Test
    void aMemberRegisteredAsOfficialCountsAsProbationaryBeforeTheOfficialDate() {
        // a bloc of its own, so the fixture year's figures stay as they are: one cell, one member registered from
        // the paper register as official (admitted 1 March of P, official 1 March of Y)
        Fixtures fixtures = new Fixtures(system);
        UUID otherBloc = fixtures.organization("Đảng bộ Khối (đăng ký đảng viên chính thức)", "BLOC_COMMITTEE", null, FOUNDED);
        UUID grassrootsCell = fixtures.organization("Chi bộ Ban Tôn giáo", "GRASSROOTS_CELL", otherBloc, FOUNDED);
        fixtures.officialMember("Lý Thị Hoa", grassrootsCell, LocalDate.of(P, 3, 1), LocalDate.of(Y, 3, 1));
        String body = gateway().queryParam("year", Y).queryParam("organizationId", otherBloc)
                .get("/api/reports/annual").then().statusCode(200).extract().asString();
        Map<String, Map<String, Object>> rows = jsonRows(
                JsonPath.with(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
        assertFigure("1", rows.get("members.admitted").get("previousValue"), "admitted in P");
        assertFigure("1", rows.get("members.total").get("value"), "on the roll on 31 December of Y");
        // on 31 December of P she was a probationary member: admitted, not yet official
        assertFigure("1", rows.get("members.total").get("previousValue"), "on the roll on 31 December of P");
        assertFigure("1", rows.get("members.probationary").get("previousValue"), "probationary on 31 December of P");
    }

    // ---------------------------------------------------------------- reading the report

    private static JsonPath reportJson() {
        String body = gateway().queryParam("year", Y).queryParam("organizationId", bloc)
                .get("/api/reports/annual").then().statusCode(200).extract().asString();
        return JsonPath.with(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** key → row, in report order. */
    private static Map<String, Map<String, Object>> jsonRows(JsonPath json) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        List<List<Map<String, Object>>> sections = json.getList("sections.rows");
        for (List<Map<String, Object>> section : sections) {
            for (Map<String, Object> row : section) {
                rows.put((String) row.get("key"), row);
            }
        }
        return rows;
    }

    private static String[] of(String year, String previous) {
        return new String[] {year, previous};
    }

    private static void assertFigure(String expected, Object actual, String what) {
        if (expected == null) {
            assertNull(actual, what);
            return;
        }
        assertNotNull(actual, what);
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual.toString())),
                what + ": expected " + expected + ", was " + actual);
    }

    private static void assertCell(String expected, Cell cell, boolean percent, String what) {
        if (expected == null) {
            assertTrue(cell == null || cell.getCellType() == CellType.BLANK, what + ": empty cell");
            return;
        }
        assertNotNull(cell, what);
        assertEquals(CellType.NUMERIC, cell.getCellType(), what + ": a numeric cell");
        double value = new BigDecimal(expected).doubleValue() / (percent ? 100 : 1);
        assertEquals(value, cell.getNumericCellValue(), 1e-9, what);
    }

    private static void assertPlain(String expected, String actual, String what) {
        if (expected == null) {
            assertEquals("", actual, what);
            return;
        }
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual)), what + ": " + actual);
    }

    // ---------------------------------------------------------------- building the year through the APIs

    private static RequestSpecification gateway() {
        return given().baseUri(system.url("gateway")).auth().oauth2(TestTokens.blocAdmin());
    }

    private static RequestSpecification inspection() {
        return given().baseUri(system.url("inspection")).auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON);
    }

    /** An inspection by the bloc of an organization or a member; with a decision date, its DECISION step. */
    private static UUID inspection(String kind, String body, UUID targetOrganization, UUID targetMember,
            LocalDate decided) {
        Map<String, Object> request = new HashMap<>();
        request.put("kind", kind);
        request.put("inspectingOrganizationId", bloc);
        request.put("inspectingBody", body);
        request.put("targetKind", targetMember == null ? "ORGANIZATION" : "MEMBER");
        if (targetMember == null) {
            request.put("targetOrganizationId", targetOrganization);
        } else {
            request.put("targetMemberId", targetMember);
        }
        request.put("subject", "Kiểm tra việc chấp hành Điều lệ Đảng");
        request.put("content", "Việc thực hiện nghị quyết và quy chế làm việc");
        UUID id = UUID.fromString(inspection().body(request).post("/api/inspection/inspections")
                .then().statusCode(201).extract().path("id"));
        if (decided != null) {
            step(id, "DECISION", decided);
        }
        return id;
    }

    private static void step(UUID inspection, String step, LocalDate date) {
        Integer version = inspection().get("/api/inspection/inspections/" + inspection)
                .then().statusCode(200).extract().path("version");
        Map<String, Object> request = new HashMap<>();
        request.put("step", step);
        request.put("date", date.toString());
        request.put("documentNumber", "0" + (date.getDayOfYear() % 90 + 10) + "-" + step.charAt(0) + "/UBKT");
        if ("CONCLUSION".equals(step)) {
            request.put("outcome", "NO_VIOLATION");
        }
        request.put("version", version);
        inspection().body(request).post("/api/inspection/inspections/" + inspection + "/steps")
                .then().statusCode(200);
    }

    private static void supervision(UUID target, LocalDate from, LocalDate to) {
        inspection().body(Map.of("kind", "REGULAR", "inspectingOrganizationId", bloc, "inspectingBody", "COMMITTEE",
                        "targetKind", "ORGANIZATION", "targetOrganizationId", target,
                        "subject", "Giám sát thường xuyên", "content", "Việc thực hiện quy chế dân chủ",
                        "periodFrom", from.toString(), "periodTo", to.toString()))
                .post("/api/inspection/supervisions").then().statusCode(201);
    }

}
