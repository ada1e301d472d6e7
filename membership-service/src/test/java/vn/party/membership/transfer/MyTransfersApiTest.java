package vn.party.membership.transfer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.membership.leaving.LeavingTestSupport;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class MyTransfersApiTest {

    private static final String TRANSFERS = "/api/membership/transfers";

    private static String temporary(String token, UUID member, UUID host) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "TEMPORARY");
        body.put("reason", "WORK_ASSIGNMENT");
        body.put("memberId", member.toString());
        body.put("toOrganizationId", host.toString());
        body.put("requestedOn", "2025-03-01");
        body.put("startsOn", "2025-03-01");
        body.put("endsOn", "2025-09-01");
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(TRANSFERS).then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void aMemberReadsTheirOwnTransfersOnlyAndChangesNothing() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = LeavingTestSupport.organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        UUID home = LeavingTestSupport.organization("A-" + suffix, "Chi bộ Sở Giáo dục", "GRASSROOTS_CELL", bloc);
        UUID host = LeavingTestSupport.organization("B-" + suffix, "Chi bộ Trường Chính trị", "GRASSROOTS_CELL", bloc);
        UUID self = LeavingTestSupport.member(home, "Quan Thị Mình", "2015-04-01", "2016-04-01");
        UUID other = LeavingTestSupport.member(home, "Quan Văn Khác", "2015-04-01", "2016-04-01");
        String secretary = TestTokens.secretary(home);
        String mine = temporary(secretary, self, host);
        String theirs = temporary(secretary, other, host);
        String token = TestTokens.member(home, self);

        given().auth().oauth2(token).when().get("/api/membership/me/transfers").then().statusCode(200)
                .body("id", contains(mine)).body("[0].memberId", equalTo(self.toString()))
                .body("[0].toOrganizationId", equalTo(host.toString()));
        given().auth().oauth2(token).when().get(TRANSFERS + "/" + mine).then().statusCode(200)
                .body("kind", equalTo("TEMPORARY"));
        given().auth().oauth2(token).queryParam("memberId", self).when().get(TRANSFERS).then().statusCode(200)
                .body("id", contains(mine));
        // someone else's transfers, the organization's list, any change: refused
        given().auth().oauth2(token).when().get(TRANSFERS + "/" + theirs).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(token).queryParam("memberId", other).when().get(TRANSFERS).then().statusCode(403);
        given().auth().oauth2(token).queryParam("organizationId", home).when().get(TRANSFERS).then().statusCode(403);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("cancelledOn", "2025-03-02", "reason", "Tự hủy", "version", 0))
                .when().post(TRANSFERS + "/" + mine + "/cancellation").then().statusCode(403);
        given().auth().oauth2(token).when().get(TRANSFERS + "/" + mine + "/audit").then().statusCode(403);
        // a member without transfers gets an empty list; an account with no member record a 404
        UUID stayer = LeavingTestSupport.member(home, "Quan Văn Ở", "2015-04-01", "2016-04-01");
        given().auth().oauth2(TestTokens.member(home, stayer)).when().get("/api/membership/me/transfers")
                .then().statusCode(200).body("$", empty());
        given().auth().oauth2(TestTokens.member(home, UUID.randomUUID())).when().get("/api/membership/me/transfers")
                .then().statusCode(404);
        given().auth().oauth2(secretary).when().get("/api/membership/me/transfers").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/membership/me/transfers").then().statusCode(401);
    }
}
