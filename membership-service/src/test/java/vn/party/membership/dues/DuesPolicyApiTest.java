package vn.party.membership.dues;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.membership.leaving.LeavingTestSupport;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DuesPolicyApiTest {

    private static final String MEMBERS = "/api/membership/members/";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dues(String salaryPercent, long maximum, List<Map<String, Object>> bands) {
        Map<String, Object> dues = new HashMap<>();
        dues.put("salaryPercent", salaryPercent);
        dues.put("pensionPercent", "0.5");
        dues.put("otherMinimum", 2_000);
        dues.put("otherMaximum", maximum);
        dues.put("roundingUnit", 1_000);
        dues.put("unpaidMonthsWarning", 3);
        dues.put("bands", bands);
        return dues;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewVersionChangesDuesFromTheMonthOfItsEffectiveDateAndNotBefore() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = LeavingTestSupport.organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        UUID cell = LeavingTestSupport.organization("C-" + suffix, "Chi bộ Sở Công Thương", "GRASSROOTS_CELL", bloc);
        UUID member = LeavingTestSupport.member(cell, "Ngô Văn Mới", "2024-01-10", "2025-01-10");
        String secretary = TestTokens.secretary(cell);
        DuesApiTest.basis(secretary, member, DuesApiTest.salaried("2024-01", 10_000_000));

        LocalDate effective = PolicyVersions.nextEffectiveFrom();
        Map<String, Object> latestDues = (Map<String, Object>) PolicyVersions.latest().get("dues");
        List<Map<String, Object>> bands = new ArrayList<>();
        for (Map<String, Object> band : (List<Map<String, Object>>) latestDues.get("bands")) {
            bands.add(new HashMap<>(Map.of("code", band.get("code"), "name", band.get("name"),
                    "monthlyAmount", band.get("monthlyAmount"))));
        }
        Map<String, Object> body = PolicyVersions.admissionNumbers(effective);

        // a band of the latest version cannot disappear; every band lies within the minimum and maximum
        body.put("dues", dues("1.5", 40_000, bands.subList(1, bands.size())));
        PolicyVersions.add(body).statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("policy.dues-band-removed"));
        List<Map<String, Object>> tooHigh = new ArrayList<>(bands);
        tooHigh.add(Map.of("code", "FARMER", "name", "Nông dân", "monthlyAmount", 50_000));
        body.put("dues", dues("1.5", 40_000, tooHigh));
        PolicyVersions.add(body).statusCode(422).body("errors.field", hasItem("policy.dues-band-range"));
        Map<String, Object> badUnit = dues("1.5", 40_000, bands);
        badUnit.put("roundingUnit", 500);
        body.put("dues", badUnit);
        PolicyVersions.add(body).statusCode(400).body("errors.field", hasItem("dues.roundingUnit"));
        body.put("dues", dues("0", 40_000, bands));
        PolicyVersions.add(body).statusCode(400);
        body.put("dues", dues("1.5", 40_000, bands));
        given().auth().oauth2(secretary).contentType("application/json").body(body)
                .when().post(PolicyVersions.POLICIES).then().statusCode(403);

        List<Map<String, Object>> withFarmer = new ArrayList<>(bands);
        withFarmer.add(Map.of("code", "FARMER", "name", "Nông dân", "monthlyAmount", 10_000));
        body.put("dues", dues("1.5", 40_000, withFarmer));
        PolicyVersions.add(body).statusCode(201)
                .body("effectiveFrom", equalTo(effective.toString()))
                .body("dues.salaryPercent", equalTo(1.5f))
                .body("dues.bands.code", hasItem("FARMER"));
        given().auth().oauth2(secretary).when().get(PolicyVersions.POLICIES + "/on/" + effective.minusDays(1))
                .then().statusCode(200).body("dues.salaryPercent", equalTo(((Number) latestDues.get("salaryPercent"))
                        .floatValue()));
        given().auth().oauth2(secretary).when().get(PolicyVersions.POLICIES + "/on/" + effective)
                .then().statusCode(200).body("dues.otherMaximum", equalTo(40_000));

        // the month before the effective date is judged by the old rate, the month it starts by the new one
        YearMonth before = YearMonth.from(effective).minusMonths(1);
        YearMonth from = YearMonth.from(effective);
        long oldDue = new java.math.BigDecimal(latestDues.get("salaryPercent").toString())
                .multiply(java.math.BigDecimal.valueOf(100_000)).longValueExact(); // of 10,000,000 đồng
        given().auth().oauth2(secretary).queryParam("from", before.toString()).queryParam("to", from.toString())
                .when().get(MEMBERS + member + "/dues").then().statusCode(200)
                .body("months.due", contains((int) oldDue, 150_000))
                .body("months[1].policyEffectiveFrom", equalTo(effective.toString()));
        // payments are checked against the due of their month (paid in advance, today)
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        DuesApiTest.post(secretary, MEMBERS + member + "/dues/payments",
                DuesApiTest.payment(before.toString(), oldDue + 1, today)).statusCode(422)
                .body("errors.field", hasItem("dues.overpayment"));
        DuesApiTest.post(secretary, MEMBERS + member + "/dues/payments",
                DuesApiTest.payment(before.toString(), oldDue, today)).statusCode(201);
        DuesApiTest.post(secretary, MEMBERS + member + "/dues/payments",
                DuesApiTest.payment(from.toString(), 150_000, today)).statusCode(201);
        // a basis with the new band only from the version that has it
        DuesApiTest.post(secretary, MEMBERS + member + "/dues/bases", Map.of("effectiveMonth", before.toString(),
                "category", "OTHER", "bandCode", "FARMER")).statusCode(422)
                .body("errors.field", hasItem("dues.band-unknown"));
        DuesApiTest.post(secretary, MEMBERS + member + "/dues/bases", Map.of("effectiveMonth", from.plusMonths(1)
                .toString(), "category", "OTHER", "bandCode", "FARMER")).statusCode(201);
    }
}
