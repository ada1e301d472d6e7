package vn.party.membership.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
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
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import vn.party.membership.leaving.LeavingTestSupport;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/** Loading the paper past: bloc-admin only, with its source document, audited; never a way to decide today. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class HistoricalStatusApiTest {

    private static final String MEMBERS = "/api/membership/members/";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private UUID grassroots;
    private UUID cell;
    private UUID member;

    @BeforeEach
    void tree() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = LeavingTestSupport.organization("HK-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        grassroots = LeavingTestSupport.organization("HG-" + suffix, "Đảng bộ Sở Tài chính", "GRASSROOTS_COMMITTEE",
                bloc);
        cell = LeavingTestSupport.organization("HC-" + suffix, "Chi bộ Phòng Ngân sách", "SUBORDINATE_CELL", grassroots);
        member = LeavingTestSupport.member(cell, "Lưu Văn Sử", "2010-05-19", "2011-05-19");
    }

    private static Map<String, Object> entry(String status, String on, String source, long version) {
        Map<String, Object> body = new HashMap<>(Map.of("status", status, "effectiveOn", on, "reason",
                "Khai trừ theo hồ sơ giấy", "decisionRef", "45-QĐ/ĐUK", "version", version));
        if (source != null) {
            body.put("sourceDocument", source);
        }
        return body;
    }

    private static ValidatableResponse load(String token, UUID id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(MEMBERS + id + "/historical-statuses").then().log().ifValidationFails();
    }

    private static JsonPath history(UUID id) {
        return given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + id + "/status-changes").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void theBlocOfficeLoadsAnExpulsionOf2018WithItsSource() {
        String source = "QĐ 45-QĐ/ĐUK ngày 12/3/2018, sổ đảng viên quyển 2 trang 17";
        load(TestTokens.blocAdmin(), member, entry("EXPELLED", "2018-03-12", source, 0)).statusCode(200)
                .body("status", equalTo("EXPELLED"));
        JsonPath history = history(member);
        assertEquals(List.of("PROBATIONARY", "OFFICIAL", "EXPELLED"), history.getList("status"));
        assertEquals("HISTORICAL", history.getString("[2].origin"));
        assertEquals(source, history.getString("[2].sourceDocument"));
        assertEquals("45-QĐ/ĐUK", history.getString("[2].decisionRef"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + member + "/audit").then().statusCode(200)
                .body("action", hasItem("LOAD_HISTORICAL_STATUS"));
    }

    @Test
    void anOlderEntryFillsTheHistoryWithoutChangingTheStatus() {
        load(TestTokens.blocAdmin(), member, entry("EXEMPTED", "2010-12-01", "Sổ đảng viên trang 3", 0))
                .statusCode(200).body("status", equalTo("OFFICIAL"));
        assertEquals(List.of("PROBATIONARY", "EXEMPTED", "OFFICIAL"), history(member).getList("status"));
    }

    @Test
    void onlyTheBlocOfficeWithASourceAndOnlyThePast() {
        for (String token : List.of(TestTokens.secretary(grassroots), TestTokens.secretary(cell),
                TestTokens.inspector(grassroots), TestTokens.member(cell, member), TestTokens.integration(grassroots),
                TestTokens.inspectionService(), TestTokens.eventsService())) {
            load(token, member, entry("EXPELLED", "2018-03-12", "Sổ", 0)).statusCode(403)
                    .contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(entry("EXPELLED", "2018-03-12", "Sổ", 0))
                .when().post(MEMBERS + member + "/historical-statuses").then().statusCode(401);
        load(TestTokens.blocAdmin(), member, entry("EXPELLED", "2018-03-12", null, 0)).statusCode(400)
                .body("errors.field", hasItem("sourceDocument"));
        load(TestTokens.blocAdmin(), member, entry("EXPELLED", TODAY.toString(), "Sổ", 0)).statusCode(400)
                .body("errors.field", hasItem("effectiveOn"));
        load(TestTokens.blocAdmin(), member, entry("EXPELLED", "2005-01-01", "Sổ", 0)).statusCode(400)
                .body("errors.field", hasItem("effectiveOn"));
        load(TestTokens.blocAdmin(), member, entry("EXPELLED", "2018-03-12", "Sổ", 7)).statusCode(409);
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + member).then().statusCode(200)
                .body("status", equalTo("OFFICIAL"));
        assertEquals(List.of("PROBATIONARY", "OFFICIAL"), history(member).getList("status"));
    }
}
