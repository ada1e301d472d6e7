package vn.party.membership.member.exchange;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.party.membership.member.exchange.MemberFiles.HEADERS;
import static vn.party.membership.member.exchange.MemberFiles.nationalId;
import static vn.party.membership.member.exchange.MemberFiles.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * Issue 11, point 7: an import file cannot be turned into a weapon. A 1 MB xlsx whose every row has a cell in the
 * last column (XFD, 16,384) would make a workbook of billions of cells; it is refused within a second, reading the
 * sheet as a stream. Too many columns in a CSV, and zip bombs, are refused the same way.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ImportLimitsApiTest {

    private static final String IMPORTS = "/api/membership/members/imports";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private UUID cell;

    @BeforeEach
    void tree() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = MemberFiles.organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        cell = MemberFiles.organization("C-" + suffix, "Chi bộ Văn phòng", "GRASSROOTS_CELL", bloc);
    }

    @Test
    void aOneMegabyteXlsxWithACellInColumnXfdOnEveryRowIsRefusedWithinASecond() throws IOException {
        // warm up the xlsx path, so that the timing below measures the check, not class loading
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", cell.toString())
                .queryParam("dryRun", true).contentType(XLSX)
                .body(MemberFiles.xlsx(HEADERS, List.of(row(1, "Mai Văn Giang", "Nam", nationalId()))))
                .when().post(IMPORTS).then().statusCode(200);

        byte[] file = xfdOnEveryRow(1024 * 1024);
        assertTrue(file.length >= 1024 * 1024, "a 1 MB file: " + file.length);
        // best of three, less the cost of sending the same megabyte to a request refused before the file is read
        // (an unknown mode): the test machine may be shared, and the limit is on the work the file itself causes
        long transfer = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            long started = System.nanoTime();
            given().auth().oauth2(TestTokens.blocAdmin()).queryParam("mode", "none").contentType(XLSX).body(file)
                    .when().post(IMPORTS).then().statusCode(400).body("errors[0].field", equalTo("mode"));
            transfer = Math.min(transfer, (System.nanoTime() - started) / 1_000_000);
        }
        long millis = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            long started = System.nanoTime();
            given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", cell.toString())
                    .contentType(XLSX).body(file)
                    .when().post(IMPORTS)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("file"))
                    .body("detail", org.hamcrest.Matchers.containsString("XFD1"));
            millis = Math.min(millis, (System.nanoTime() - started) / 1_000_000);
        }
        assertTrue(millis - transfer < 1000, "refused in " + millis + " ms (" + transfer + " ms to send the file)");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        // one sheet entry of 60 MB of spaces: expands thousands of times
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            parts(zip);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 60; i++) {
                zip.write(spaces);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", cell.toString())
                .contentType(XLSX).body(out.toByteArray())
                .when().post(IMPORTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void aCsvWiderThanTheColumnCapIsRefused() {
        List<String> wide = new ArrayList<>(row(1, "Mai Văn Giang", "Nam", nationalId()));
        while (wide.size() <= SpreadsheetGuard.MAX_COLUMNS) {
            wide.add("x");
        }
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", cell.toString())
                .contentType("text/csv").body(MemberFiles.csv(',', false, HEADERS, List.of(wide)))
                .when().post(IMPORTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
    }

    /** A minimal workbook whose sheet has, on each row, a member-looking cell A and a cell at XFD. */
    static byte[] xfdOnEveryRow(int atLeastBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            parts(zip);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int r = 1; out.size() < atLeastBytes; r++) {
                // random text so the file stays about as large unzipped as zipped (a realistic ratio)
                String noise = Long.toString(random.nextLong(), 36) + Long.toString(random.nextLong(), 36);
                String xml = "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>" + noise
                        + "</t></is></c><c r=\"XFD" + r + "\" t=\"inlineStr\"><is><t>" + noise + "</t></is></c></row>";
                zip.write(xml.getBytes(StandardCharsets.UTF_8));
                if (r % 1000 == 0) {
                    zip.flush();
                }
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void parts(ZipOutputStream zip) throws IOException {
        entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
