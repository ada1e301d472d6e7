package vn.party.membership.member.exchange;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.party.membership.member.exchange.MemberFiles.HEADERS;
import static vn.party.membership.member.exchange.MemberFiles.nationalId;
import static vn.party.membership.member.exchange.MemberFiles.row;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class MemberImportApiTest {

    private static final String MEMBERS = "/api/membership/members";
    private static final String IMPORTS = MEMBERS + "/imports";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    EntityManager entityManager;

    private UUID bloc;
    private UUID grassroots;
    private UUID cell;
    private String cellCode;
    private UUID otherCell;
    private String otherCellCode;

    @BeforeEach
    void tree() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        bloc = MemberFiles.organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        grassroots = MemberFiles.organization("G-" + suffix, "Đảng bộ Sở Giao thông vận tải", "GRASSROOTS_COMMITTEE",
                bloc);
        cellCode = "C-" + suffix;
        cell = MemberFiles.organization(cellCode, "Chi bộ Văn phòng Sở", "SUBORDINATE_CELL", grassroots);
        otherCellCode = "O-" + suffix;
        otherCell = MemberFiles.organization(otherCellCode, "Chi bộ Sở Nội vụ", "GRASSROOTS_CELL", bloc);
    }

    @Test
    void csvWithBomSemicolonsAndQuotedFieldsIsImportedAndAudited() {
        String first = nationalId();
        String second = nationalId();
        List<List<String>> rows = List.of(row(1, "Nguyễn Văn Đức", "Nam", first), row(2, "Trần Thị Ánh", "Nữ", second));
        rows.get(1).set(3, "1990-02-28"); // ISO dates are accepted too
        byte[] file = MemberFiles.csv(';', true, HEADERS, rows);

        given().auth().oauth2(TestTokens.secretary(grassroots))
                .multiPart("file", "dang-vien.csv", file, "text/csv")
                .queryParam("organizationId", cell.toString())
                .when().post(IMPORTS)
                .then().statusCode(200)
                .body("format", equalTo("csv"))
                .body("mode", equalTo("all-or-nothing"))
                .body("totalRows", equalTo(2))
                .body("validRows", equalTo(2))
                .body("invalidRows", equalTo(0))
                .body("imported", equalTo(2))
                .body("errors", hasSize(0))
                .body("ignoredColumns", hasItem("STT"));

        String id = given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", cell.toString())
                .queryParam("nationalId", first).when().get(MEMBERS)
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].fullName", equalTo("Nguyễn Văn Đức"))
                .body("items[0].nationalId", equalTo(first))
                .extract().path("items[0].id");
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + "/" + id)
                .then().statusCode(200)
                .body("hostAgency", equalTo("Sở Giao thông vận tải, Văn phòng"))
                .body("hometown", equalTo("Xã Hải Thượng, Hải Lăng, Quảng Trị"))
                .body("dateOfBirth", equalTo("1985-04-12"))
                .body("admissionDate", equalTo("2010-05-19"))
                .body("status", equalTo("OFFICIAL"))
                .body("phone", equalTo("0912345678"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + "/" + id + "/audit")
                .then().statusCode(200).body("[0].action", equalTo("CREATE"))
                .body("[0].actor", equalTo("secretary-" + grassroots));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + "/" + id + "/status-changes")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.contains("PROBATIONARY", "OFFICIAL"))
                .body("[1].effectiveOn", equalTo("2011-05-19"));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", cell.toString())
                .queryParam("q", "tran thi anh").when().get(MEMBERS)
                .then().body("items[0].dateOfBirth", equalTo("1990-02-28"))
                .body("items[0].gender", equalTo("FEMALE"));

        Object[] importRow = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                        "SELECT action, changes::text FROM audit_log WHERE entity_type = 'member-import'"
                                + " AND changes::text LIKE :id ORDER BY id DESC")
                .setParameter("id", "%" + id + "%").setMaxResults(1).getSingleResult());
        assertEquals("IMPORT", importRow[0]);
        assertTrue(importRow[1].toString().contains("dang-vien.csv"));
    }

    @Test
    void xlsxWithTitleRowNumericCccdAndDateCellsKeepsLeadingZeros() {
        String[] headers = withOrganizationCode();
        String first = nationalId();
        String second = nationalId();
        List<List<String>> rows = new ArrayList<>();
        rows.add(withCode(row(1, "Lê Thị Hồng Nhung", "Nữ", first), cellCode));
        rows.add(withCode(row(2, "Phạm Quốc Việt", "Nam", second), otherCellCode.toLowerCase()));
        byte[] file = MemberFiles.xlsx(headers, rows);

        given().auth().oauth2(TestTokens.blocAdmin()).contentType(XLSX).body(file)
                .when().post(IMPORTS)
                .then().statusCode(200)
                .body("format", equalTo("xlsx"))
                .body("imported", equalTo(2));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", cell.toString())
                .when().get(MEMBERS)
                .then().statusCode(200)
                .body("items.fullName", containsInAnyOrder("Lê Thị Hồng Nhung"))
                .body("items[0].nationalId", equalTo(first))
                .body("items[0].dateOfBirth", equalTo("1985-04-12"))
                .body("items[0].officialDate", equalTo("2011-05-19"));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", otherCell.toString())
                .when().get(MEMBERS)
                .then().body("items[0].nationalId", equalTo(second))
                .body("items[0].fullName", equalTo("Phạm Quốc Việt"));
    }

    @Test
    void oneBadRowWritesNothingAndTheProblemNamesTheRowAndColumn() {
        List<List<String>> rows = List.of(row(1, "Võ Văn Bình", "Nam", nationalId()),
                row(2, "Đỗ Thị Cúc", "Nữ", "12345"),
                row(3, "Hồ Văn Dũng", "Nam", nationalId()));
        byte[] file = MemberFiles.csv(',', false, HEADERS, rows);

        given().auth().oauth2(TestTokens.blocAdmin())
                .multiPart("file", "members.csv", file, "text/csv")
                .queryParam("organizationId", cell.toString())
                .when().post(IMPORTS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("detail", containsString("1/3"))
                .body("totalRows", equalTo(3))
                .body("invalidRows", equalTo(1))
                .body("imported", equalTo(0))
                .body("errors", hasSize(1))
                .body("errors[0].row", equalTo(3)) // the header is row 1, so the second member is on row 3
                .body("errors[0].column", equalTo("Số CCCD"))
                .body("errors[0].cell", equalTo("H3"))
                .body("errors[0].field", equalTo("nationalId"))
                .body("errors[0].message", containsString("12"));
        assertMembersIn(cell, 0);
    }

    @Test
    void validRowsModeImportsTheGoodRowsAndReportsTheBadOnes() {
        List<List<String>> rows = List.of(row(1, "Võ Văn Bình", "Nam", nationalId()),
                row(2, "Đỗ Thị Cúc", "X", nationalId()),
                row(3, "Hồ Văn Dũng", "Nam", nationalId()));
        rows.get(2).set(16, "19/06/2010"); // official one month after admission: the policy wants 12
        rows.get(0).set(3, "31/02/1985");
        List<List<String>> fourRows = new ArrayList<>(rows);
        fourRows.add(row(4, "Lý Văn Em", "Nam", nationalId()));
        byte[] file = MemberFiles.csv(',', false, HEADERS, fourRows);

        given().auth().oauth2(TestTokens.blocAdmin())
                .multiPart("file", "members.csv", file, "text/csv")
                .queryParam("organizationId", cell.toString())
                .queryParam("mode", "valid-rows")
                .when().post(IMPORTS)
                .then().statusCode(200)
                .body("mode", equalTo("valid-rows"))
                .body("totalRows", equalTo(4))
                .body("validRows", equalTo(1))
                .body("invalidRows", equalTo(3))
                .body("imported", equalTo(1))
                .body("errors.row", containsInAnyOrder(2, 3, 4))
                .body("errors.column", containsInAnyOrder("Ngày sinh", "Giới tính", "Ngày chính thức"))
                .body("errors.find { it.row == 4 }.field", equalTo("member.probation"));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", cell.toString())
                .when().get(MEMBERS).then().body("items.fullName", containsInAnyOrder("Lý Văn Em"));
    }

    @Test
    void duplicateCccdInTheFileAndInTheRegisterAreErrors() {
        String taken = nationalId();
        byte[] first = MemberFiles.csv(',', false, HEADERS, List.of(row(1, "Mai Văn Giang", "Nam", taken)));
        importCsv(TestTokens.blocAdmin(), first, cell).statusCode(200).body("imported", equalTo(1));

        String twice = nationalId();
        byte[] file = MemberFiles.csv(',', false, HEADERS, List.of(
                row(1, "Mai Văn Hải", "Nam", twice),
                row(2, "Mai Thị Hà", "Nữ", nationalId()),
                row(3, "Mai Văn Hậu", "Nam", twice),
                row(4, "Mai Văn Giang", "Nam", taken)));
        importCsv(TestTokens.blocAdmin(), file, cell)
                .statusCode(422)
                .body("errors.row", containsInAnyOrder(2, 4, 5))
                .body("errors.find { it.row == 2 }.message", containsString("dòng 4"))
                .body("errors.find { it.row == 4 }.field", equalTo("nationalId.duplicate"))
                .body("errors.find { it.row == 5 }.message", containsString("conflicts with an existing record"))
                .body("errors.column", everyItemIs("Số CCCD"));
        assertMembersIn(cell, 1);
    }

    /**
     * Issue 11, point 3: a dry run checks numbers against the whole register, so it says only "conflicts with an
     * existing record" (no member, name or organization, which may lie outside the caller's scope) and the numbers
     * found taken are audited with the file.
     */
    @Test
    void dryRunConflictWithARecordOutsideTheScopeRevealsNothingAndIsAudited() {
        String taken = nationalId();
        importCsv(TestTokens.blocAdmin(), MemberFiles.csv(',', false, HEADERS,
                List.of(row(1, "Quách Thị Xuyến", "Nữ", taken))), otherCell).statusCode(200);
        String stranger = given().auth().oauth2(TestTokens.blocAdmin()).queryParam("nationalId", taken)
                .when().get(MEMBERS).then().statusCode(200).extract().path("items[0].id");

        String body = given().auth().oauth2(TestTokens.secretary(grassroots))
                .queryParam("organizationId", cell.toString()).queryParam("dryRun", true)
                .contentType("text/csv").body(MemberFiles.csv(',', false, HEADERS,
                        List.of(row(1, "Mai Văn Giang", "Nam", taken))))
                .when().post(IMPORTS + "?fileName=probe.csv")
                .then().statusCode(200)
                .body("errors[0].message", equalTo("CCCD trùng với một hồ sơ đã có (conflicts with an existing record)"))
                .extract().asString();
        for (String secret : List.of(stranger, "Quách Thị Xuyến", otherCellCode, "Chi bộ Sở Nội vụ")) {
            assertTrue(!body.contains(secret), "the dry run names " + secret + ": " + body);
        }
        Object[] audit = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                        "SELECT action, actor, changes::text FROM audit_log WHERE entity_type = 'member-import'"
                                + " AND changes::text LIKE :taken ORDER BY id DESC")
                .setParameter("taken", "%" + taken + "%").setMaxResults(1).getSingleResult());
        assertEquals("CONFLICT", audit[0]);
        assertEquals("secretary-" + grassroots, audit[1]);
        assertTrue(audit[2].toString().contains("probe.csv"), audit[2].toString());
    }

    @Test
    void headersMatchWithoutAccentsOrCaseAndDryRunWritesNothing() {
        String[] plain = {"HO VA TEN", "gioi tinh", "Ngay sinh", "Dan toc", "so cccd", "Ngay vao dang",
                "Ngay chinh thuc", "Co quan don vi", "Ma to chuc"};
        String cccd = nationalId();
        byte[] file = MemberFiles.csv(',', false, plain, List.of(
                List.of("Nguyễn Thị Thu", "nữ", "05/09/1990", "Tày", cccd, "03/02/2015", "03/02/2016",
                        "Sở Nội vụ", otherCellCode)));

        given().auth().oauth2(TestTokens.blocAdmin()).contentType("text/csv").body(file)
                .queryParam("dryRun", true)
                .when().post(IMPORTS)
                .then().statusCode(200).body("dryRun", equalTo(true)).body("validRows", equalTo(1))
                .body("imported", equalTo(0));
        assertMembersIn(otherCell, 0);

        given().auth().oauth2(TestTokens.blocAdmin()).contentType("text/csv").body(file)
                .when().post(IMPORTS)
                .then().statusCode(200).body("imported", equalTo(1));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", otherCell.toString())
                .when().get(MEMBERS)
                .then().body("items[0].fullName", equalTo("Nguyễn Thị Thu"))
                .body("items[0].ethnicity", equalTo("Tày"))
                .body("items[0].nationalId", equalTo(cccd));
    }

    @Test
    void outOfScopeSecretaryAndInspectorAreRefused() {
        byte[] file = MemberFiles.csv(',', false, HEADERS, List.of(row(1, "Tạ Văn Khoa", "Nam", nationalId())));
        // default organization outside the secretary's subtree
        importCsv(TestTokens.secretary(grassroots), file, otherCell)
                .statusCode(403).contentType("application/problem+json");
        // a row's organization code outside the subtree, even with an in-scope default
        byte[] coded = MemberFiles.csv(',', false, withOrganizationCode(), List.of(
                withCode(row(1, "Tạ Văn Lâm", "Nam", nationalId()), cellCode),
                withCode(row(2, "Tạ Văn Mạnh", "Nam", nationalId()), otherCellCode)));
        importCsv(TestTokens.secretary(grassroots), coded, cell)
                .statusCode(403).body("detail", containsString(otherCellCode));
        importCsv(TestTokens.inspector(bloc), file, cell).statusCode(403);
        importCsv(TestTokens.member(cell, UUID.randomUUID()), file, cell).statusCode(403);
        given().multiPart("file", "m.csv", file, "text/csv").when().post(IMPORTS).then().statusCode(401);
        assertMembersIn(cell, 0);
        assertMembersIn(otherCell, 0);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        byte[] file = MemberFiles.csv(',', false, new String[] {"Họ và tên", "Giới tính", "Ngày sinh"},
                List.of(List.of("Nguyễn Văn An", "Nam", "01/01/1980")));
        importCsv(TestTokens.blocAdmin(), file, cell)
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("Số CCCD"))
                .body("errors.field", hasItem("Dân tộc"));
        importCsv(TestTokens.blocAdmin(), "không phải bảng\n".getBytes(), cell)
                .statusCode(400).body("errors[0].field", equalTo("file"));
        given().auth().oauth2(TestTokens.blocAdmin()).multiPart("file", "m.csv", file, "text/csv")
                .queryParam("organizationId", cell.toString()).queryParam("mode", "some")
                .when().post(IMPORTS).then().statusCode(400).body("errors[0].field", equalTo("mode"));
    }

    private ValidatableResponse importCsv(String token, byte[] file, UUID organization) {
        return given().auth().oauth2(token)
                .multiPart("file", "members.csv", file, "text/csv")
                .queryParam("organizationId", organization.toString())
                .when().post(IMPORTS).then();
    }

    private static void assertMembersIn(UUID organization, int count) {
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", organization.toString())
                .when().get(MEMBERS).then().statusCode(200).body("totalItems", equalTo(count));
    }

    private static String[] withOrganizationCode() {
        String[] headers = java.util.Arrays.copyOf(HEADERS, HEADERS.length + 1);
        headers[HEADERS.length] = "Mã tổ chức";
        return headers;
    }

    private static List<String> withCode(List<String> row, String code) {
        row.add(code);
        return row;
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
