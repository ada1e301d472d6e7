package vn.party.membership.transfer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.party.membership.dues.PolicyVersions;
import vn.party.membership.leaving.LeavingTestSupport;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class TransferPolicyVersionApiTest {

    private static ValidatableResponse temporary(String token, UUID member, UUID host, LocalDate startsOn,
            LocalDate endsOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "TEMPORARY");
        body.put("reason", "WORK_ASSIGNMENT");
        body.put("memberId", member.toString());
        body.put("toOrganizationId", host.toString());
        body.put("requestedOn", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
        body.put("startsOn", startsOn.toString());
        body.put("endsOn", endsOn.toString());
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/membership/transfers").then();
    }

    @Test
    void theBlocOfficeSetsTheTransferNumbersAndTransfersAreJudgedByTheVersionInForceOnTheirDate() {
        Map<String, Object> latest = PolicyVersions.latest();
        int oldMaximum = (Integer) latest.get("temporaryTransferMaxMonths");
        LocalDate effective = PolicyVersions.nextEffectiveFrom();
        Map<String, Object> body = PolicyVersions.admissionNumbers(effective);
        body.put("temporaryTransferMaxMonths", 2);
        PolicyVersions.add(body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("temporaryTransferMaxMonths"));
        body.put("temporaryTransferMaxMonths", oldMaximum + 6);
        body.put("studyTransferMaxMonths", oldMaximum + 5);
        PolicyVersions.add(body).statusCode(400).body("errors.field", hasItem("studyTransferMaxMonths"));
        body.put("studyTransferMaxMonths", 36);
        body.put("transferPresentationWorkingDays", 45);
        PolicyVersions.add(body).statusCode(201)
                .body("temporaryTransferMaxMonths", equalTo(oldMaximum + 6))
                .body("studyTransferMaxMonths", equalTo(36))
                .body("transferPresentationWorkingDays", equalTo(45))
                // left out: kept from the latest version
                .body("transferRequestWorkingDays", equalTo(latest.get("transferRequestWorkingDays")))
                .body("temporaryTransferMinMonths", equalTo(latest.get("temporaryTransferMinMonths")))
                .body("dues.salaryPercent", equalTo(((Number) ((Map<?, ?>) latest.get("dues")).get("salaryPercent"))
                        .floatValue()));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get("/api/membership/policies/on/" + effective.minusDays(1))
                .then().statusCode(200).body("temporaryTransferMaxMonths", equalTo(oldMaximum));

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = LeavingTestSupport.organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        UUID home = LeavingTestSupport.organization("A-" + suffix, "Chi bộ Sở Y tế", "GRASSROOTS_CELL", bloc);
        UUID host = LeavingTestSupport.organization("B-" + suffix, "Chi bộ Bệnh viện tỉnh", "GRASSROOTS_CELL", bloc);
        UUID before = LeavingTestSupport.member(home, "Phí Văn Trước", "2015-04-01", "2016-04-01");
        UUID after = LeavingTestSupport.member(home, "Phí Văn Sau", "2015-04-01", "2016-04-01");
        String secretary = TestTokens.secretary(home);
        int months = oldMaximum + 3; // too long under the old maximum, fine under the new one
        // starting the day before the new version: the old maximum applies
        temporary(secretary, before, host, effective.minusDays(1), effective.minusDays(1).plusMonths(months))
                .statusCode(422).body("errors.field", hasItem("transfer.temporary-duration"));
        // starting on its effective date: the new maximum applies
        temporary(secretary, after, host, effective, effective.plusMonths(months)).statusCode(201)
                .body("endsOn", equalTo(effective.plusMonths(months).toString()));
        temporary(secretary, before, host, effective, effective.plusMonths(oldMaximum + 6)).statusCode(422)
                .body("errors.field", hasItem("transfer.temporary-duration"));
    }
}
