package vn.party.membership.leaving;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class LeavingApiTest {

    private static final String MEMBERS = "/api/membership/members/";

    private UUID grassroots;
    private UUID cell;
    private UUID otherCell;
    private String secretary;

    @BeforeEach
    void tree() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = LeavingTestSupport.organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        grassroots = LeavingTestSupport.organization("G-" + suffix, "Đảng bộ Sở Xây dựng", "GRASSROOTS_COMMITTEE", bloc);
        cell = LeavingTestSupport.organization("C-" + suffix, "Chi bộ Phòng Quy hoạch", "SUBORDINATE_CELL", grassroots);
        otherCell = LeavingTestSupport.organization("O-" + suffix, "Chi bộ Sở Tư pháp", "GRASSROOTS_CELL", bloc);
        secretary = TestTokens.secretary(grassroots);
    }

    private static ValidatableResponse post(String token, UUID member, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(MEMBERS + member + "/" + path).then();
    }

    private static ValidatableResponse history(UUID member) {
        return given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + member + "/status-changes").then()
                .statusCode(200);
    }

    private static ValidatableResponse audit(UUID member) {
        return given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + member + "/audit").then()
                .statusCode(200);
    }

    @Test
    void removalSetsRemovedWithTheGroundAndDecisionAndOnlyActiveMembersAreRemoved() {
        UUID member = LeavingTestSupport.member(cell, "Lê Văn Xóa", "2012-05-19", "2013-05-19");
        post(secretary, member, "removal", Map.of("reason", "OTHER", "decidedOn", "2025-03-10",
                "decisionRef", "12-QĐ/ĐU", "version", 0)).statusCode(422)
                .body("errors.field", hasItem("leaving.reason-text"));
        post(secretary, member, "removal", Map.of("reason", "NOT_ATTENDING_OR_PAYING", "decidedOn", "2025-03-10",
                "decisionRef", "12-QĐ/ĐU", "version", 0)).statusCode(200)
                .body("status", equalTo("REMOVED"));
        history(member).body("status", contains("PROBATIONARY", "OFFICIAL", "REMOVED"))
                .body("[2].effectiveOn", equalTo("2025-03-10"))
                .body("[2].decisionRef", equalTo("12-QĐ/ĐU"))
                .body("[2].reason", containsString("NOT_ATTENDING_OR_PAYING"));
        audit(member).body("action", hasItems("CREATE", "UPDATE"));
        // no longer active: cannot be removed again nor leave
        post(secretary, member, "removal", Map.of("reason", "LOSS_OF_QUALITIES", "decidedOn", "2025-03-11",
                "decisionRef", "13-QĐ/ĐU", "version", 1)).statusCode(422)
                .body("errors.field", hasItem("leaving.member-active"));
        post(secretary, member, "leaving", Map.of("effectiveOn", "2025-03-11", "noPendingViolations", true,
                "version", 1)).statusCode(422).body("errors.field", hasItem("leaving.member-active"));
    }

    @Test
    void voluntaryLeavingNeedsTheDeclarationOfNoPendingViolations() {
        UUID member = LeavingTestSupport.member(cell, "Phạm Thị Rời", "2015-01-10", "2016-01-10");
        post(secretary, member, "leaving", Map.of("effectiveOn", "2025-04-01", "noPendingViolations", false,
                "version", 0)).statusCode(422).body("errors.field", hasItem("leaving.no-pending-violations"));
        post(TestTokens.blocAdmin(), member, "leaving", Map.of("effectiveOn", "2025-04-01", "noPendingViolations", true,
                "reason", "Hoàn cảnh gia đình", "decisionRef", "20-QĐ/ĐU", "version", 0)).statusCode(200)
                .body("status", equalTo("LEFT"));
        history(member).body("status", contains("PROBATIONARY", "OFFICIAL", "LEFT"))
                .body("[2].effectiveOn", equalTo("2025-04-01"));
        audit(member).body("action", hasItem("UPDATE"));
    }

    @Test
    void deathIsFinal() {
        UUID member = LeavingTestSupport.member(cell, "Vũ Văn Mất", "2000-02-03", "2001-02-03");
        post(secretary, member, "death", Map.of("dateOfDeath", "2025-05-05", "version", 0)).statusCode(200)
                .body("status", equalTo("DECEASED"));
        history(member).body("status", contains("PROBATIONARY", "OFFICIAL", "DECEASED"))
                .body("[2].effectiveOn", equalTo("2025-05-05"));
        post(secretary, member, "death", Map.of("dateOfDeath", "2025-05-06", "version", 1)).statusCode(422)
                .body("errors.field", hasItem("leaving.member-active"));
        post(secretary, member, "exemption", Map.of("reason", "Ốm", "startsOn", "2025-05-07", "version", 1))
                .statusCode(422).body("errors.field", hasItem("leaving.exemption-status"));
        // nor through the generic status change
        post(TestTokens.blocAdmin(), member, "status-changes", Map.of("status", "OFFICIAL", "effectiveOn", "2025-05-07",
                "reason", "Nhầm", "version", 1)).statusCode(422).body("errors.field", hasItem("member.status-final"));
    }

    @Test
    void exemptionAndItsEndReturnToThePreviousActiveStatus() {
        UUID official = LeavingTestSupport.member(cell, "Đỗ Văn Miễn", "2010-06-01", "2011-06-01");
        post(secretary, official, "exemption-end", Map.of("endedOn", "2025-01-02", "version", 0)).statusCode(422)
                .body("errors.field", hasItem("leaving.not-exempted"));
        post(secretary, official, "exemption", Map.of("reason", "Tuổi cao, sức yếu", "startsOn", "2025-01-02",
                "endsOn", "2025-01-01", "version", 0)).statusCode(400).body("errors.field", hasItem("endsOn"));
        post(secretary, official, "exemption", Map.of("reason", "Tuổi cao, sức yếu", "startsOn", "2025-01-02",
                "endsOn", "2025-12-31", "decisionRef", "5-QĐ/CB", "version", 0)).statusCode(200)
                .body("status", equalTo("EXEMPTED"));
        history(official).body("status", contains("PROBATIONARY", "OFFICIAL", "EXEMPTED"))
                .body("[2].reason", containsString("2025-12-31"));
        post(secretary, official, "exemption-end", Map.of("endedOn", "2025-06-30", "version", 1)).statusCode(200)
                .body("status", equalTo("OFFICIAL"));
        history(official).body("status", contains("PROBATIONARY", "OFFICIAL", "EXEMPTED", "OFFICIAL"))
                .body("[3].effectiveOn", equalTo("2025-06-30"));

        UUID probationary = LeavingTestSupport.member(cell, "Hồ Thị Dự", "2025-01-15", null);
        post(secretary, probationary, "exemption", Map.of("reason", "Đi công tác dài ngày", "startsOn", "2025-02-01",
                "version", 0)).statusCode(200).body("status", equalTo("EXEMPTED"));
        post(secretary, probationary, "exemption-end", Map.of("endedOn", "2025-03-01", "version", 1)).statusCode(200)
                .body("status", equalTo("PROBATIONARY"));
        // an exempted member is still active: removal is allowed
        post(secretary, probationary, "exemption", Map.of("reason", "Ốm dài ngày", "startsOn", "2025-04-01",
                "version", 2)).statusCode(200);
        post(secretary, probationary, "removal", Map.of("reason", "LOSS_OF_QUALITIES", "decidedOn", "2025-05-01",
                "decisionRef", "9-QĐ/ĐU", "version", 3)).statusCode(200).body("status", equalTo("REMOVED"));
    }

    @Test
    void outOfScopeSecretariesAre403AnonymousCalls401AndMalformedBodies400NamingTheFields() {
        UUID member = LeavingTestSupport.member(cell, "Trịnh Văn Phạm", "2012-05-19", "2013-05-19");
        String outsider = TestTokens.secretary(otherCell);
        post(outsider, member, "removal", Map.of("reason", "LOSS_OF_QUALITIES", "decidedOn", "2025-03-10",
                "decisionRef", "12-QĐ/ĐU", "version", 0)).statusCode(403);
        post(outsider, member, "leaving", Map.of("effectiveOn", "2025-03-10", "noPendingViolations", true,
                "version", 0)).statusCode(403);
        post(outsider, member, "death", Map.of("dateOfDeath", "2025-03-10", "version", 0)).statusCode(403);
        post(outsider, member, "exemption", Map.of("reason", "Ốm", "startsOn", "2025-03-10", "version", 0))
                .statusCode(403);
        post(TestTokens.member(cell, member), member, "leaving", Map.of("effectiveOn", "2025-03-10",
                "noPendingViolations", true, "version", 0)).statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("dateOfDeath", "2025-03-10", "version", 0))
                .when().post(MEMBERS + member + "/death").then().statusCode(401);
        post(secretary, member, "removal", Map.of()).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("reason", "decidedOn", "decisionRef", "version"));
        post(secretary, member, "leaving", Map.of("effectiveOn", "2025-03-10")).statusCode(400)
                .body("errors.field", hasItems("noPendingViolations", "version"));
        post(secretary, member, "death", Map.of("version", 0)).statusCode(400)
                .body("errors.field", hasItem("dateOfDeath"));
        post(secretary, member, "exemption", Map.of("version", 0)).statusCode(400)
                .body("errors.field", hasItems("reason", "startsOn"));
        post(secretary, member, "removal", Map.of("reason", "NOT_A_REASON", "decidedOn", "2025-03-10",
                "decisionRef", "x", "version", 0)).statusCode(400);
        post(secretary, member, "leaving", Map.of("effectiveOn", "2999-01-01", "noPendingViolations", true,
                "version", 0)).statusCode(400).body("errors.field", hasItem("effectiveOn"));
        history(member).body("status", contains("PROBATIONARY", "OFFICIAL"));
    }
}
