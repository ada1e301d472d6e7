package vn.party.membership.member.exchange;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

import vn.party.membership.member.domain.VietnameseName;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * Issue 11, point 7: the export streams. A register of a few thousand members (more than the cursor's fetch size
 * and the xlsx window several times over) comes out whole, numbered, in Vietnamese name order, in both formats.
 * Memory and speed are measured in benchmarks/, not asserted here.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class MemberExportStreamingApiTest {

    private static final String EXPORT = "/api/membership/members/export";
    private static final int MEMBERS = 3000;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Ngọc", "Xuân",
            "Thu", "Hoàng", "Kim", "Bảo", "Gia", "Hồng", "Mạnh", "Công", "Đình", "Trọng", "Quốc", "Anh", "Phương",
            "Tuấn", "Thế", "Tiến", "Khánh", "Như", "Diệu", "Hải", "Bích"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hùng", "Lan", "Ánh"};

    @Inject
    DataSource dataSource;

    private UUID bloc;
    private UUID cell;
    /** Full names in the order the list shows them: by the collation key, as PostgreSQL compares bytea. */
    private List<String> expected;

    @BeforeEach
    void aLargeRegister() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        bloc = MemberFiles.organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        cell = MemberFiles.organization("S-" + suffix, "Chi bộ Sở Xây dựng", "GRASSROOTS_CELL", bloc);
        List<VietnameseName> names = new ArrayList<>(MEMBERS);
        for (int i = 0; i < MEMBERS; i++) {
            names.add(new VietnameseName(FAMILY[i % FAMILY.length], MIDDLE[(i / FAMILY.length) % MIDDLE.length],
                    GIVEN[(i / (FAMILY.length * MIDDLE.length)) % GIVEN.length]));
        }
        insert(names);
        expected = names.stream().sorted(Comparator.comparing(VietnameseName::sortKey, Arrays::compareUnsigned))
                .map(VietnameseName::fullName).toList();
    }

    @Test
    void aCsvOfThousandsOfMembersArrivesWholeAndInOrder() throws Exception {
        Response response = given().auth().oauth2(TestTokens.blocAdmin()).queryParam("format", "csv")
                .queryParam("organizationId", cell.toString()).when().get(EXPORT);
        response.then().statusCode(200).header("X-Total-Count", equalTo(String.valueOf(MEMBERS)));
        byte[] body = response.asByteArray();
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(
                new String(body, 3, body.length - 3, StandardCharsets.UTF_8))).getRecords();
        assertEquals(MEMBERS + 1, records.size());
        assertEquals("Họ và tên", records.get(0).get(1));
        List<String> names = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            assertEquals(String.valueOf(r), records.get(r).get(0), "STT numbers the rows in order");
            assertEquals(20, records.get(r).size());
            names.add(records.get(r).get(1));
        }
        assertEquals(expected, names);
    }

    @Test
    void anXlsxOfThousandsOfMembersArrivesWholeAndInOrder() throws Exception {
        byte[] file = given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", cell.toString())
                .when().get(EXPORT).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(MEMBERS, sheet.getLastRowNum());
            DataFormatter formatter = new DataFormatter();
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= MEMBERS; r++) {
                assertEquals(String.valueOf(r), formatter.formatCellValue(sheet.getRow(r).getCell(0)));
                names.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertEquals(expected, names);
        }
    }

    /** Refusals come before the first byte of the file: still problem+json with their status. */
    @Test
    void refusalsAreProblemsNotBrokenFiles() {
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("format", "csv")
                .queryParam("organizationId", cell.toString()).queryParam("minAge", 50).queryParam("maxAge", 40)
                .when().get(EXPORT).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("maxAge"));
        UUID elsewhere = MemberFiles.organization("E-" + UUID.randomUUID().toString().substring(0, 8),
                "Chi bộ Sở Y tế", "GRASSROOTS_CELL", bloc);
        given().auth().oauth2(TestTokens.secretary(elsewhere)).queryParam("format", "csv")
                .queryParam("organizationId", cell.toString())
                .when().get(EXPORT).then().statusCode(403).contentType("application/problem+json");
    }

    /** Plain batched inserts, as the demo register loads (no API round trip per member). */
    private void insert(List<VietnameseName> names) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        String block = String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO member (id, organization_id, full_name, family_name, given_name, name_sort_key,
                            gender, date_of_birth, ethnicity, national_id, admission_date, status, version,
                            created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'FEMALE', ?, 'Kinh', ?, ?, 'OFFICIAL', 0, ?, ?)""")) {
            for (int i = 0; i < names.size(); i++) {
                VietnameseName name = names.get(i);
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, cell);
                insert.setString(3, name.fullName());
                insert.setString(4, name.familyName());
                insert.setString(5, name.givenName());
                insert.setBytes(6, name.sortKey());
                insert.setObject(7, LocalDate.of(1980, 1, 1).plusDays(i));
                insert.setString(8, "9" + block + String.format("%06d", i));
                insert.setObject(9, LocalDate.of(2010, 5, 19));
                insert.setTimestamp(10, now);
                insert.setTimestamp(11, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
