package vn.party.membership.dues;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.party.membership.dues.DuesApiTest.basis;
import static vn.party.membership.dues.DuesApiTest.payment;
import static vn.party.membership.dues.DuesApiTest.post;
import static vn.party.membership.dues.DuesApiTest.salaried;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.contracts.ContractExamples;
import vn.party.contracts.JsonTrees;
import vn.party.contracts.warnings.DuesWarnings;
import vn.party.contracts.warnings.WarningReason;
import vn.party.membership.leaving.LeavingTestSupport;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * Producer side of the removal-warning contract ({@link DuesWarnings}): membership's real dues half, for the example's
 * situation (one member without a dues basis, one who paid January and part of February), is the example once the
 * ids are the example's, and parses as the gateway reads it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DuesWarningsContractTest {

    private static final String EXAMPLE = "warnings/dues-warnings.json";

    @Test
    void theDuesHalfIsTheContractsExample() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = LeavingTestSupport.organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        UUID grassroots = LeavingTestSupport.organization("G-" + suffix, "Đảng bộ Sở Tài chính", "GRASSROOTS_COMMITTEE",
                bloc);
        UUID cell = LeavingTestSupport.organization("C-" + suffix, "Chi bộ Phòng Ngân sách", "SUBORDINATE_CELL",
                grassroots);
        String secretary = TestTokens.secretary(grassroots);
        UUID late = LeavingTestSupport.member(cell, "Bùi Thị Nợ", "2020-01-10", "2021-01-10");
        UUID noBasis = LeavingTestSupport.member(cell, "Dương Văn Chưa", "2020-01-10", "2021-01-10");
        UUID payer = LeavingTestSupport.member(cell, "An Văn Đủ", "2020-01-10", "2021-01-10");
        for (UUID member : new UUID[] {late, payer}) {
            basis(secretary, member, salaried("2025-01", 5_000_000)); // 50,000 a month
        }
        for (String month : new String[] {"2025-01", "2025-02", "2025-03", "2025-04", "2025-05"}) {
            post(secretary, "/api/membership/members/" + payer + "/dues/payments", payment(month, 50_000, "2025-05-30"))
                    .statusCode(201);
        }
        post(secretary, "/api/membership/members/" + late + "/dues/payments", payment("2025-01", 50_000, "2025-01-30"))
                .statusCode(201);
        post(secretary, "/api/membership/members/" + late + "/dues/payments", payment("2025-02", 20_000, "2025-02-27"))
                .statusCode(201);

        String body = given().auth().oauth2(TestTokens.inspector(grassroots)).queryParam("year", 2025)
                .queryParam("asOf", "2025-06-15").queryParam("size", 200)
                .when().get("/api/membership/organizations/" + grassroots + "/dues/warnings")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();

        ObjectMapper mapper = ContractExamples.consumerMapper();
        DuesWarnings parsed = mapper.readValue(body, DuesWarnings.class);
        assertEquals(WarningReason.DUES, parsed.members().items().get(0).reasons().get(0));
        ObjectNode emitted = (ObjectNode) mapper.readTree(body);
        JsonNode example = mapper.readTree(ContractExamples.json(EXAMPLE));
        assertEquals(grassroots.toString(), emitted.get("organizationId").asText());
        emitted.put("organizationId", example.get("organizationId").asText());
        for (int i = 0; i < emitted.get("members").get("items").size(); i++) {
            ObjectNode item = (ObjectNode) emitted.get("members").get("items").get(i);
            JsonNode expected = example.get("members").get("items").get(i);
            assertEquals(cell.toString(), item.get("organizationId").asText());
            assertEquals(i == 0 ? noBasis.toString() : late.toString(), item.get("memberId").asText());
            item.put("memberId", expected.get("memberId").asText());
            item.put("organizationId", expected.get("organizationId").asText());
        }
        assertTrue(JsonTrees.same(example, emitted), "membership answers " + emitted);
    }
}
