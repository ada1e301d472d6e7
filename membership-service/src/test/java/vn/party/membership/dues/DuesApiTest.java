package vn.party.membership.dues;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.party.membership.leaving.LeavingTestSupport;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DuesApiTest {

    private static final String MEMBERS = "/api/membership/members/";
    private static final String ORGANIZATIONS = "/api/membership/organizations/";

    private UUID grassroots;
    private UUID cell;
    private UUID otherCell;
    private String secretary;

    @BeforeEach
    void tree() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = LeavingTestSupport.organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        grassroots = LeavingTestSupport.organization("G-" + suffix, "Đảng bộ Sở Tài chính", "GRASSROOTS_COMMITTEE", bloc);
        cell = LeavingTestSupport.organization("C-" + suffix, "Chi bộ Phòng Ngân sách", "SUBORDINATE_CELL", grassroots);
        otherCell = LeavingTestSupport.organization("O-" + suffix, "Chi bộ Sở Nội vụ", "GRASSROOTS_CELL", bloc);
        secretary = TestTokens.secretary(grassroots);
    }

    static ValidatableResponse post(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    static Map<String, Object> salaried(String month, long income) {
        Map<String, Object> body = new HashMap<>();
        body.put("effectiveMonth", month);
        body.put("category", "SALARIED");
        body.put("monthlyIncome", income);
        return body;
    }

    static Map<String, Object> payment(String month, long amount, String paidOn) {
        return Map.of("month", month, "amount", amount, "paidOn", paidOn, "collectedBy", "Nguyễn Thị Thu (chi ủy viên)");
    }

    static String basis(String token, UUID member, Map<String, Object> body) {
        return post(token, MEMBERS + member + "/dues/bases", body).statusCode(201).extract().path("id");
    }

    @Test
    void aBasisSetsTheMonthlyDueAndPaymentsAddUpToItNeverBeyond() {
        UUID member = LeavingTestSupport.member(cell, "Trần Văn Phí", "2025-03-10", null);
        String bases = MEMBERS + member + "/dues/bases";
        String payments = MEMBERS + member + "/dues/payments";

        // bad input: missing income, a field of another category, a malformed month, a band that does not exist
        Map<String, Object> noIncome = salaried("2025-03", 1);
        noIncome.remove("monthlyIncome");
        post(secretary, bases, noIncome).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("monthlyIncome"));
        Map<String, Object> mixed = salaried("2025-03", 8_450_000);
        mixed.put("bandCode", "STUDENT");
        post(secretary, bases, mixed).statusCode(400).body("errors.field", hasItem("bandCode"));
        post(secretary, bases, salaried("2025-13", 8_450_000)).statusCode(400);
        post(secretary, bases, Map.of("effectiveMonth", "2025-03", "category", "OTHER", "bandCode", "FARMER"))
                .statusCode(422).body("errors.field", hasItem("dues.band-unknown"));
        // before the month of admission
        post(secretary, bases, salaried("2025-02", 8_450_000)).statusCode(422)
                .body("errors.field", hasItem("dues.before-admission"));
        // outside the secretary's subtree, and a member cannot set their own basis
        post(TestTokens.secretary(otherCell), bases, salaried("2025-03", 8_450_000)).statusCode(403)
                .contentType("application/problem+json");
        post(TestTokens.member(cell, member), bases, salaried("2025-03", 8_450_000)).statusCode(403);

        // 1% of 8,450,000 = 84,500 → 85,000 (half up to the thousand)
        String basisId = post(secretary, bases, salaried("2025-03", 8_450_000)).statusCode(201)
                .header("ETag", containsString("0"))
                .body("category", equalTo("SALARIED")).body("effectiveMonth", equalTo("2025-03"))
                .body("version", equalTo(0)).extract().path("id");
        post(secretary, bases, salaried("2025-03", 9_000_000)).statusCode(409)
                .body("errors.field", hasItem("dues.basis-month"));

        post(secretary, payments, payment("2025-02", 10_000, "2025-03-20")).statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("dues.before-admission"));
        post(secretary, payments, payment("2025-03", 50_000, "2025-03-20")).statusCode(201)
                .body("collectedBy", equalTo("Nguyễn Thị Thu (chi ủy viên)"))
                .body("recordedBy", equalTo("secretary-" + grassroots));
        post(secretary, payments, payment("2025-03", 35_001, "2025-03-28")).statusCode(422)
                .body("errors.field", hasItem("dues.overpayment")).body("detail", containsString("35000"));
        String second = post(secretary, payments, payment("2025-03", 35_000, "2025-03-28")).statusCode(201)
                .extract().path("id");
        post(secretary, payments, payment("2025-03", 1, "2025-03-28")).statusCode(422)
                .body("errors.field", hasItem("dues.overpayment"));
        post(secretary, payments, payment("2025-04", 85_001, "2025-04-20")).statusCode(422)
                .body("errors.field", hasItem("dues.overpayment"));
        post(secretary, payments, payment("2025-04", 1_000, LocalDate.now().plusDays(2).toString())).statusCode(400)
                .body("errors.field", hasItem("paidOn"));
        Map<String, Object> noCollector = new HashMap<>(payment("2025-04", 1_000, "2025-04-20"));
        noCollector.remove("collectedBy");
        post(secretary, payments, noCollector).statusCode(400).body("errors.field", hasItem("collectedBy"));
        post(TestTokens.secretary(otherCell), payments, payment("2025-04", 1_000, "2025-04-20")).statusCode(403);

        given().auth().oauth2(secretary).queryParam("from", "2025-02").queryParam("to", "2025-05")
                .when().get(MEMBERS + member + "/dues").then().statusCode(200)
                .body("admissionMonth", equalTo("2025-03"))
                .body("months.month", contains("2025-02", "2025-03", "2025-04", "2025-05"))
                .body("months.state", contains("NOT_OWED", "PAID", "UNPAID", "UNPAID"))
                .body("months[1].due", equalTo(85_000))
                .body("months[1].payments.amount", contains(50_000, 35_000))
                .body("months[1].policyEffectiveFrom", equalTo("2025-01-01"))
                .body("totalDue", equalTo(255_000)).body("totalPaid", equalTo(85_000))
                .body("balance", equalTo(-170_000))
                .body("unpaidMonths", contains("2025-04", "2025-05"));
        given().auth().oauth2(secretary).queryParam("page", 0).queryParam("size", 1).when().get(payments).then()
                .statusCode(200).body("totalItems", equalTo(2)).body("totalPages", equalTo(2))
                .body("items.amount", contains(50_000));
        given().auth().oauth2(secretary).queryParam("from", "2025-13").when().get(MEMBERS + member + "/dues").then()
                .statusCode(400).body("errors.field", hasItem("from"));
        given().auth().oauth2(secretary).queryParam("from", "2025-06").queryParam("to", "2025-05")
                .when().get(MEMBERS + member + "/dues").then().statusCode(400).body("errors.field", hasItem("to"));

        // a raise, corrected on the same basis with the version read; March becomes partly paid
        Map<String, Object> raise = salaried("2025-03", 9_000_000);
        raise.put("voluntaryExtra", 5_000);
        raise.put("version", 0);
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body(raise)
                .when().put(MEMBERS + member + "/dues/bases/" + basisId).then().statusCode(200)
                .body("version", equalTo(1)).body("voluntaryExtra", equalTo(5_000));
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body(raise)
                .when().put(MEMBERS + member + "/dues/bases/" + basisId).then().statusCode(409)
                .contentType("application/problem+json");
        raise.remove("version");
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body(raise)
                .when().put(MEMBERS + member + "/dues/bases/" + basisId).then().statusCode(400)
                .body("errors.field", hasItem("version"));
        given().auth().oauth2(secretary).queryParam("from", "2025-03").queryParam("to", "2025-03")
                .when().get(MEMBERS + member + "/dues").then().statusCode(200)
                .body("months[0].required", equalTo(90_000)).body("months[0].voluntaryExtra", equalTo(5_000))
                .body("months[0].due", equalTo(95_000)).body("months[0].state", equalTo("PARTIAL"))
                .body("months[0].outstanding", equalTo(10_000));

        // every change is audited, readable by bloc-admin only
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + member + "/dues/bases/" + basisId + "/audit")
                .then().statusCode(200).body("action", contains("CREATE", "UPDATE"))
                .body("[1].changes.monthlyIncome.before", equalTo(8_450_000))
                .body("[1].changes.monthlyIncome.after", equalTo(9_000_000))
                .body("[1].actor", equalTo("secretary-" + grassroots));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + member + "/dues/payments/" + second + "/audit")
                .then().statusCode(200).body("action", contains("CREATE")).body("[0].changes.amount.after", equalTo(35_000));
        given().auth().oauth2(secretary).when().get(MEMBERS + member + "/dues/bases/" + basisId + "/audit")
                .then().statusCode(403);
    }

    @Test
    void aMemberReadsTheirOwnDuesAndNobodyElses() {
        UUID member = LeavingTestSupport.member(cell, "Lê Thị Tự", "2024-05-02", "2025-05-02");
        UUID colleague = LeavingTestSupport.member(cell, "Đinh Văn Khác", "2024-05-02", "2025-05-02");
        basis(secretary, member, Map.of("effectiveMonth", "2025-01", "category", "PENSIONER", "monthlyPension", 7_300_000));
        post(secretary, MEMBERS + member + "/dues/payments", payment("2025-01", 37_000, "2025-01-25")).statusCode(201);
        String own = TestTokens.member(cell, member);

        given().auth().oauth2(own).queryParam("from", "2025-01").queryParam("to", "2025-02")
                .when().get("/api/membership/me/dues").then().statusCode(200)
                .body("memberId", equalTo(member.toString()))
                .body("months.due", contains(37_000, 37_000))
                .body("months.state", contains("PAID", "UNPAID"))
                .body("months[0].payments.collectedBy", contains("Nguyễn Thị Thu (chi ủy viên)"))
                .body("balance", equalTo(-37_000));
        given().auth().oauth2(own).queryParam("from", "2025-01").queryParam("to", "2025-01")
                .when().get(MEMBERS + member + "/dues").then().statusCode(200).body("totalPaid", equalTo(37_000));
        given().auth().oauth2(own).when().get(MEMBERS + member + "/dues/payments").then().statusCode(200)
                .body("items.amount", contains(37_000));
        given().auth().oauth2(own).when().get(MEMBERS + member + "/dues/bases").then().statusCode(200)
                .body("category", contains("PENSIONER"));
        // someone else's: refused
        given().auth().oauth2(own).when().get(MEMBERS + colleague + "/dues").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(own).when().get(MEMBERS + colleague + "/dues/payments").then().statusCode(403);
        given().auth().oauth2(TestTokens.member(cell, colleague)).when().get(MEMBERS + member + "/dues/bases").then()
                .statusCode(403);
        // a member records nothing, not even for themselves
        post(own, MEMBERS + member + "/dues/payments", payment("2025-02", 37_000, "2025-02-25")).statusCode(403);
        // an account not linked to a member record
        given().auth().oauth2(TestTokens.secretary(cell)).when().get("/api/membership/me/dues").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/membership/me/dues").then().statusCode(401);
        // readers in scope: the cell's inspector reads, another subtree's does not
        given().auth().oauth2(TestTokens.inspector(grassroots)).when().get(MEMBERS + member + "/dues").then()
                .statusCode(200);
        given().auth().oauth2(TestTokens.inspector(otherCell)).when().get(MEMBERS + member + "/dues").then()
                .statusCode(403);
        // declared incomes are not for provincial systems, even for a member inside their subtree
        given().auth().oauth2(TestTokens.integration(grassroots)).when().get(MEMBERS + member + "/dues").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.integration(grassroots)).when().get(MEMBERS + member + "/dues/bases").then()
                .statusCode(403);
    }

    @Test
    void arrearsAndTheWarningListCoverTheSubtreeOnly() {
        UUID payer = LeavingTestSupport.member(cell, "An Văn Đủ", "2020-01-10", "2021-01-10");
        UUID late = LeavingTestSupport.member(cell, "Bùi Thị Nợ", "2020-01-10", "2021-01-10");
        UUID twoMonths = LeavingTestSupport.member(cell, "Cao Văn Hai", "2020-01-10", "2021-01-10");
        UUID noBasis = LeavingTestSupport.member(cell, "Dương Văn Chưa", "2020-01-10", "2021-01-10");
        UUID removed = LeavingTestSupport.member(cell, "Đặng Văn Xóa", "2020-01-10", "2021-01-10");
        UUID elsewhere = LeavingTestSupport.member(otherCell, "Hà Văn Ngoài", "2020-01-10", "2021-01-10");
        for (UUID member : List.of(payer, late, twoMonths, removed, elsewhere)) {
            basis(secretary(member), member, salaried("2025-01", 5_000_000)); // 50,000 a month
        }
        for (String month : List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05")) {
            post(secretary, MEMBERS + payer + "/dues/payments", payment(month, 50_000, "2025-05-30")).statusCode(201);
            if (month.compareTo("2025-03") <= 0) {
                post(secretary, MEMBERS + twoMonths + "/dues/payments", payment(month, 50_000, "2025-05-30"))
                        .statusCode(201);
            }
        }
        post(secretary, MEMBERS + late + "/dues/payments", payment("2025-01", 50_000, "2025-01-30")).statusCode(201);
        post(secretary, MEMBERS + late + "/dues/payments", payment("2025-02", 20_000, "2025-02-27")).statusCode(201);
        post(secretary, MEMBERS + removed + "/removal", Map.of("reason", "NOT_ATTENDING_OR_PAYING",
                "decidedOn", "2025-06-01", "decisionRef", "3-QĐ/ĐU", "version", 0)).statusCode(200);

        // Vietnamese name order (by given name). January to May 2025: late owes February's rest and March to May, twoMonths April and May, noBasis 5 months
        // with no amount, removed 5 months; the payer nothing
        given().auth().oauth2(secretary).queryParam("from", "2025-01").queryParam("to", "2025-05")
                .when().get(ORGANIZATIONS + grassroots + "/dues/arrears").then().statusCode(200)
                .body("membersInArrears", equalTo(4))
                .body("totalOutstanding", equalTo(180_000 + 100_000 + 250_000))
                .body("members.items.fullName", contains("Dương Văn Chưa", "Cao Văn Hai", "Bùi Thị Nợ", "Đặng Văn Xóa"))
                .body("members.items[2].unpaidMonths", contains("2025-02", "2025-03", "2025-04", "2025-05"))
                .body("members.items[2].outstanding", equalTo(180_000))
                .body("members.items[0].monthsWithoutBasis", hasSize(5))
                .body("members.items[0].outstanding", equalTo(0))
                .body("members.items.memberId", not(hasItem(elsewhere.toString())));
        given().auth().oauth2(secretary).queryParam("from", "2025-01").queryParam("to", "2025-05")
                .queryParam("minMonths", 3).queryParam("size", 2)
                .when().get(ORGANIZATIONS + grassroots + "/dues/arrears").then().statusCode(200)
                .body("membersInArrears", equalTo(3)).body("members.totalPages", equalTo(2))
                .body("members.items.fullName", contains("Dương Văn Chưa", "Bùi Thị Nợ"));
        given().auth().oauth2(secretary).queryParam("minMonths", 0)
                .when().get(ORGANIZATIONS + grassroots + "/dues/arrears").then().statusCode(400)
                .body("errors.field", hasItem("minMonths"));
        given().auth().oauth2(TestTokens.inspector(otherCell)).when().get(ORGANIZATIONS + grassroots + "/dues/arrears")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.member(cell, payer)).when().get(ORGANIZATIONS + grassroots + "/dues/arrears")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.integration(grassroots)).when().get(ORGANIZATIONS + grassroots + "/dues/arrears")
                .then().statusCode(403);
        given().auth().oauth2(secretary).when().get(ORGANIZATIONS + UUID.randomUUID() + "/dues/arrears")
                .then().statusCode(404);

        // the warning list on 2025-06-15 looks at January to May: 3 unpaid months or more, members on the roll only
        // (the removed member is gone, twoMonths is under the threshold); never an automatic removal
        given().auth().oauth2(TestTokens.inspector(grassroots)).queryParam("year", 2025).queryParam("asOf", "2025-06-15")
                .when().get(ORGANIZATIONS + grassroots + "/dues/warnings").then().statusCode(200)
                .body("threshold", equalTo(3)).body("lastMonthConsidered", equalTo("2025-05"))
                .body("half", equalTo("DUES")) // the attendance half is events-service's, composed by the gateway
                .body("attendance", containsString("/api/reports/dues-warnings"))
                .body("members.items[0].reasons", contains("DUES"))
                .body("members.items.fullName", contains("Dương Văn Chưa", "Bùi Thị Nợ"));
        // on 2025-05-31 May has not ended: late has February to April, still 3
        given().auth().oauth2(secretary).queryParam("year", 2025).queryParam("asOf", "2025-05-31")
                .when().get(ORGANIZATIONS + grassroots + "/dues/warnings").then().statusCode(200)
                .body("lastMonthConsidered", equalTo("2025-04"))
                .body("members.items.fullName", contains("Dương Văn Chưa", "Bùi Thị Nợ"));
        // on 2025-04-30 only January to March: late has 2 unpaid months
        given().auth().oauth2(secretary).queryParam("year", 2025).queryParam("asOf", "2025-04-30")
                .when().get(ORGANIZATIONS + grassroots + "/dues/warnings").then().statusCode(200)
                .body("members.items.fullName", contains("Dương Văn Chưa"));
        given().auth().oauth2(secretary).queryParam("year", 2025).queryParam("asOf", "2025-01-20")
                .when().get(ORGANIZATIONS + grassroots + "/dues/warnings").then().statusCode(200)
                .body("members.items", empty());
        given().auth().oauth2(secretary).queryParam("year", 2026).queryParam("asOf", "2025-06-15")
                .when().get(ORGANIZATIONS + grassroots + "/dues/warnings").then().statusCode(400)
                .body("errors.field", hasItem("year"));
        // nobody was removed by the list
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + late).then().statusCode(200)
                .body("status", equalTo("OFFICIAL"));
    }

    @Test
    void noPaymentForAMonthAfterLeavingOrWithoutABasis() {
        UUID member = LeavingTestSupport.member(cell, "Kiều Văn Đi", "2020-01-10", "2021-01-10");
        post(secretary, MEMBERS + member + "/dues/payments", payment("2025-01", 10_000, "2025-01-20")).statusCode(422)
                .body("errors.field", hasItem("dues.no-basis"));
        basis(secretary, member, Map.of("effectiveMonth", "2025-01", "category", "OTHER", "bandCode", "STUDENT",
                "voluntaryExtra", 3_000));
        post(secretary, MEMBERS + member + "/dues/payments", payment("2025-01", 5_000, "2025-01-20")).statusCode(201);
        post(secretary, MEMBERS + member + "/death", Map.of("dateOfDeath", "2025-02-14", "version", 0)).statusCode(200);
        post(secretary, MEMBERS + member + "/dues/payments", payment("2025-02", 5_000, "2025-02-20")).statusCode(201);
        post(secretary, MEMBERS + member + "/dues/payments", payment("2025-03", 5_000, "2025-03-20")).statusCode(422)
                .body("errors.field", hasItem("dues.month-not-owed"));
    }

    private String secretary(UUID member) {
        String organization = given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + member).then()
                .extract().path("organizationId");
        return TestTokens.secretary(UUID.fromString(organization));
    }
}
