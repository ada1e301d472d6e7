package vn.party.gateway.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import vn.party.gateway.StubbedServices;
import vn.party.gateway.StubbedServicesProfile;
import vn.party.testsupport.TestTokens;

/** Sources' fixtures in {@link ReportFixtures}; events parts give up after 700 ms in this profile. */
@QuarkusTest
@TestProfile(StubbedServicesProfile.class)
class AnnualReportTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String GRASSROOTS_GOOD_OR_BETTER = "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên (%)";

    @Test
    void jsonHasTheYearThePreviousYearAndTheChangeComputedFromTheSources() throws IOException {
        UUID organization = UUID.randomUUID();
        ReportFixtures.stubAll(organization);
        String token = TestTokens.secretary(organization);

        Response response = report(token, organization, "json");

        response.then().statusCode(200).contentType("application/json");
        JsonNode report = JSON.readTree(response.asByteArray());
        assertEquals(2021, report.path("year").asInt());
        assertEquals(2020, report.path("previousYear").asInt());
        assertFalse(report.path("partial").asBoolean());
        // every source was asked for the tree on 31 December (the stubs answer only then) and says so
        assertEquals("2021-12-31", report.path("asOf").asText());
        assertEquals(4, report.path("subtrees").size());
        Map<String, JsonNode> rows = rows(report);

        // organizations: 1 + 24 + 32 + 180 (tổ đảng not counted) and 1 + 23 + 33 + 175
        assertRow(rows, "organizations.total", "237", "232", "5");
        assertRow(rows, "organizations.grassroots", "56", "56", "0");
        // members: official = on the roll − probationary
        assertRow(rows, "members.total", "5230", "5100", "130");
        assertRow(rows, "members.official", "5062", "4950", "112");
        assertRow(rows, "members.probationary", "168", "150", "18");
        assertRow(rows, "members.admitted", "152", "140", "12");
        // inspection: lượt and distinct organizations; a kind missing in 2020 counts 0 that year
        assertRow(rows, "inspection.inspections.visits", "164", "150", "14");
        assertRow(rows, "inspection.inspections.organizations", "138", "130", "8");
        assertRow(rows, "inspection.byKind.SIGNS_OF_VIOLATION.visits", "4", "0", "4");
        assertRow(rows, "inspection.signsOfViolation.members", "3", "0", "3");
        assertRow(rows, "inspection.supervisions.visits", "90", "85", "5");
        assertRow(rows, "discipline.members.total", "4", "6", "-2");
        assertRow(rows, "discipline.members.byForm.REPRIMAND", "3", "4", "-1");
        assertRow(rows, "discipline.members.byForm.WARNING", "1", "0", "1");
        assertRow(rows, "discipline.members.byForm.EXPULSION", "0", "2", "-2");
        assertRow(rows, "discipline.suspensions", "1", "2", "-1");
        // ratings recomputed from counts, half-up to one decimal: 55/56 = 98.21…%, 53/57 = 92.98…%
        assertRow(rows, "ratings.grassrootsOrganizations.goodOrBetterPercent", "98.2", "93.0", "5.2");
        assertRow(rows, "ratings.grassrootsOrganizations.excellentPercent", "17.9", "15.8", "2.1");
        assertRow(rows, "ratings.members.goodOrBetterPercent", "96.0", "93.9", "2.1");
        // 1/16 = 6.25% → 6.3 (half-up, where half-even would give 6.2); 15/16 = 93.75% → 93.8
        assertRow(rows, "ratings.organizations.excellentPercent", "6.3", "12.5", "-6.2");
        assertRow(rows, "ratings.organizations.goodOrBetterPercent", "93.8", "87.5", "6.3");
        assertRow(rows, "ratings.cleanAndStrongOrganizations", "40", "38", "2");
        assertRow(rows, "meetings.held", "720", "700", "20");
        assertRow(rows, "meetings.byKind.COMMITTEE_PLENUM", "20", "15", "5");
        assertRow(rows, "meetings.attendanceRatePercent", "96.5", "95.1", "1.4");
        assertRow(rows, "tasks.donePercent", "87.5", "100.0", "-12.5");
        assertRow(rows, "campaigns.contributionsVnd", "1250000000", "1100000000", "150000000");
        assertRow(rows, "commendations.total", "30", "25", "5");
        assertRow(rows, "commendations.byForm.HUY_HIEU_DANG", "5", "0", "5");
        assertRow(rows, "commendations.byForm.BANG_KHEN", "5", "7", "-2");
        assertRow(rows, "commendations.badgesRevoked", "0", "1", "-1");
        assertEquals("Kết nạp đảng viên mới", rows.get("members.admitted").path("label").asText());
        assertEquals("PERCENT", rows.get("ratings.members.goodOrBetterPercent").path("unit").asText());

        // every source was asked for both years with the caller's token, membership with its own parameter names
        for (int year : new int[] {2021, 2020}) {
            StubbedServices.membership().verify(getRequestedFor(
                    urlPathEqualTo("/api/membership/organizations/" + organization + "/statistics"))
                    .withQueryParam("asOf", equalTo(year + "-12-31"))
                    .withQueryParam("admittedFrom", equalTo(year + "-01-01"))
                    .withQueryParam("admittedTo", equalTo(year + "-12-31"))
                    .withHeader("Authorization", equalTo("Bearer " + token)));
            for (String path : List.of("/api/inspection/statistics", "/api/events/statistics",
                    "/api/events/commendations/statistics")) {
                (path.startsWith("/api/inspection") ? StubbedServices.inspection() : StubbedServices.events())
                        .verify(getRequestedFor(urlPathEqualTo(path))
                                .withQueryParam("organizationId", equalTo(organization.toString()))
                                .withQueryParam("year", equalTo(String.valueOf(year)))
                                .withHeader("Authorization", equalTo("Bearer " + token)));
            }
        }
    }

    @Test
    void xlsxHasVietnameseHeadingsAndRealNumbersWithFormattedPercentages() throws IOException {
        UUID organization = UUID.randomUUID();
        ReportFixtures.stubAll(organization);

        Response response = report(TestTokens.blocAdmin(), organization, "xlsx");

        response.then().statusCode(200)
                .contentType(XLSX)
                .header("Content-Disposition", startsWith("attachment; filename=\"bao-cao-nam-2021"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = rowStartingWith(sheet, "STT");
            assertEquals("Chỉ tiêu", header.getCell(1).getStringCellValue());
            assertEquals("Năm 2021", header.getCell(3).getStringCellValue());
            assertEquals("Năm 2020", header.getCell(4).getStringCellValue());

            Row admitted = rowLabelled(sheet, "Kết nạp đảng viên mới");
            assertNumbers(admitted, 152, 140, 12);
            assertNumbers(rowLabelled(sheet, "Số tổ chức cơ sở đảng"), 56, 56, 0);
            assertNumbers(rowLabelled(sheet, "Tổng số tiền vận động, ủng hộ (đồng)"), 1_250_000_000d, 1_100_000_000d,
                    150_000_000d);

            Row goodOrBetter = rowLabelled(sheet, GRASSROOTS_GOOD_OR_BETTER);
            assertNumbers(goodOrBetter, 0.982, 0.930, 0.052);
            assertEquals("0.0%", goodOrBetter.getCell(3).getCellStyle().getDataFormatString());
            assertEquals("%", goodOrBetter.getCell(2).getStringCellValue());
        }
    }

    @Test
    void csvIsUtf8WithBomAndVietnameseHeadingsChosenByAccept() throws IOException {
        UUID organization = UUID.randomUUID();
        ReportFixtures.stubAll(organization);

        Response response = given().auth().oauth2(TestTokens.blocAdmin())
                .queryParam("organizationId", organization).queryParam("year", 2021)
                .accept("text/csv")
                .get("/api/reports/annual");

        response.then().statusCode(200).contentType(startsWith("text/csv"));
        byte[] bytes = response.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        List<CSVRecord> records = csv(bytes);
        CSVRecord header = records.stream().filter(r -> r.get(0).equals("STT")).findFirst().orElseThrow();
        assertEquals(List.of("STT", "Chỉ tiêu", "Đơn vị", "Năm 2021", "Năm 2020", "Tăng (+), giảm (−) so với năm 2020",
                "Ghi chú"), header.toList());
        CSVRecord goodOrBetter = csvRow(records, GRASSROOTS_GOOD_OR_BETTER);
        assertEquals(List.of("%", "98.2", "93.0", "5.2"), goodOrBetter.toList().subList(2, 6));
        assertEquals(List.of("", "152", "140", "12"), csvRow(records, "Kết nạp đảng viên mới").toList().subList(2, 6));
        assertEquals(List.of("đồng", "1250000000", "1100000000", "150000000"),
                csvRow(records, "Tổng số tiền vận động, ủng hộ (đồng)").toList().subList(2, 6));
    }

    @Test
    void aSlowSourceMakesThePartialReportSayItsFiguresAreMissingNotZero() throws IOException {
        UUID organization = UUID.randomUUID();
        ReportFixtures.stubAll(organization);
        // events' statistics come after 3 s, its parts may take 700 ms; commendations (also events) still answer
        ReportFixtures.stubEvents(organization, 2021, okJson(ReportFixtures.events(organization, 2021)).withFixedDelay(3000));

        JsonNode report = JSON.readTree(report(TestTokens.blocAdmin(), organization, "json").then().statusCode(200)
                .extract().asByteArray());

        assertTrue(report.path("partial").asBoolean());
        for (String key : List.of("ratings", "meetings", "campaigns")) {
            JsonNode section = section(report, key);
            assertEquals("UNAVAILABLE", section.path("status").asText(), key);
            assertEquals("timeout", section.path("reason").asText(), key);
            assertEquals(0, section.path("rows").size(), key + " must have no rows rather than zeros");
        }
        assertEquals("OK", section(report, "members").path("status").asText());
        assertEquals("OK", section(report, "commendations").path("status").asText());
        assertRow(rows(report), "members.admitted", "152", "140", "12");

        List<CSVRecord> records = csv(report(TestTokens.blocAdmin(), organization, "csv").then().statusCode(200)
                .extract().asByteArray());
        assertTrue(records.stream().anyMatch(r -> r.toList().contains(
                "Không có số liệu năm 2021: nguồn events không phản hồi (timeout)")), "CSV must say so");
        assertTrue(records.stream().noneMatch(r -> r.size() > 1 && r.get(1).equals(GRASSROOTS_GOOD_OR_BETTER)));
        assertTrue(records.stream().anyMatch(r -> r.get(0).equals("Lưu ý")));

        byte[] xlsx = report(TestTokens.blocAdmin(), organization, "xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertNotNull(rowContaining(sheet, "Không có số liệu năm 2021: nguồn events không phản hồi (timeout)"));
            assertNull(rowContaining(sheet, GRASSROOTS_GOOD_OR_BETTER));
            assertNumbers(rowLabelled(sheet, "Kết nạp đảng viên mới"), 152, 140, 12);
        }
    }

    @Test
    void aPreviousYearThatFailedLeavesItsColumnAndTheChangeEmpty() throws IOException {
        UUID organization = UUID.randomUUID();
        ReportFixtures.stubAll(organization);
        ReportFixtures.stubInspection(organization, 2020, aResponse().withStatus(500));

        JsonNode report = JSON.readTree(report(TestTokens.blocAdmin(), organization, "json").then().statusCode(200)
                .extract().asByteArray());

        assertTrue(report.path("partial").asBoolean());
        JsonNode inspection = section(report, "inspection");
        assertEquals("OK", inspection.path("status").asText());
        assertEquals("UNAVAILABLE", inspection.path("previousYearStatus").asText());
        assertEquals("upstream 5xx", inspection.path("previousYearReason").asText());
        JsonNode visits = rows(report).get("inspection.inspections.visits");
        assertEquals(0, new BigDecimal("164").compareTo(visits.path("value").decimalValue()));
        assertTrue(visits.path("previousValue").isNull());
        assertTrue(visits.path("difference").isNull());
    }

    @Test
    void membershipRefusingTheOrganizationIs403() {
        UUID organization = UUID.randomUUID();
        ReportFixtures.stubAll(organization);
        ReportFixtures.stubMembership(organization, 2021, aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":403}"));

        report(TestTokens.member(UUID.randomUUID(), UUID.randomUUID()), organization, "xlsx").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/forbidden"));
    }

    @Test
    void noSourceAnsweringIs503() {
        UUID organization = UUID.randomUUID();
        for (int year : new int[] {2021, 2020}) {
            ReportFixtures.stubMembership(organization, year, aResponse().withStatus(503));
            ReportFixtures.stubInspection(organization, year, aResponse().withStatus(503));
            ReportFixtures.stubEvents(organization, year, aResponse().withStatus(503));
            ReportFixtures.stubCommendations(organization, year, aResponse().withStatus(503));
        }
        report(TestTokens.blocAdmin(), organization, "json").then()
                .statusCode(503)
                .contentType("application/problem+json");
    }

    @Test
    void badParametersAre400NamingTheField() {
        UUID organization = UUID.randomUUID();
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("year", 2021).get("/api/reports/annual").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("organizationId"));
        report(TestTokens.blocAdmin(), organization, "pdf").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("format"));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", organization)
                .queryParam("year", 2999).get("/api/reports/annual").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("year"));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", organization)
                .queryParam("year", "2021x").get("/api/reports/annual").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("year"));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", "not-a-uuid")
                .queryParam("year", 2021).get("/api/reports/annual").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("organizationId"));
        given().queryParam("organizationId", organization).queryParam("year", 2021).get("/api/reports/annual").then()
                .statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", organization)
                .queryParam("year", 2021).queryParam("asOf", "2020-12-31").get("/api/reports/annual").then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("asOf"));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", organization)
                .queryParam("year", 2021).queryParam("asOf", "end of year").get("/api/reports/annual").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("asOf"));
    }

    // ---- helpers ----

    private static Response report(String token, UUID organization, String format) {
        return given().auth().oauth2(token)
                .queryParam("organizationId", organization).queryParam("year", 2021).queryParam("format", format)
                .get("/api/reports/annual");
    }

    private static Map<String, JsonNode> rows(JsonNode report) {
        Map<String, JsonNode> rows = new HashMap<>();
        report.path("sections").forEach(section -> section.path("rows").forEach(row -> rows.put(row.path("key").asText(), row)));
        return rows;
    }

    private static JsonNode section(JsonNode report, String key) {
        for (JsonNode section : report.path("sections")) {
            if (section.path("key").asText().equals(key)) {
                return section;
            }
        }
        throw new AssertionError("no section " + key);
    }

    private static void assertRow(Map<String, JsonNode> rows, String key, String value, String previous, String difference) {
        JsonNode row = rows.get(key);
        assertNotNull(row, "no row " + key + " in " + rows.keySet());
        // compared by value: the JSON tree drops trailing zeros (93.0 reads as 93)
        assertDecimal(value, row.path("value"), key + " value");
        assertDecimal(previous, row.path("previousValue"), key + " previous");
        assertDecimal(difference, row.path("difference"), key + " difference");
    }

    private static void assertDecimal(String expected, JsonNode actual, String what) {
        assertTrue(actual.isNumber(), what + " is " + actual);
        assertEquals(0, new BigDecimal(expected).compareTo(actual.decimalValue()), what + ": " + actual);
    }

    private static void assertNumbers(Row row, double value, double previous, double difference) {
        for (int c = 3; c <= 5; c++) {
            assertEquals(CellType.NUMERIC, row.getCell(c).getCellType(), "column " + c + " must be a number");
        }
        assertEquals(value, row.getCell(3).getNumericCellValue(), 1e-9);
        assertEquals(previous, row.getCell(4).getNumericCellValue(), 1e-9);
        assertEquals(difference, row.getCell(5).getNumericCellValue(), 1e-9);
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + text);
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static Row rowContaining(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return row;
                }
            }
        }
        return null;
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    private static CSVRecord csvRow(List<CSVRecord> records, String label) {
        return records.stream().filter(r -> r.size() > 1 && r.get(1).equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no CSV row " + label));
    }
}
