package vn.party.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import vn.party.testsupport.TestTokens;

/**
 * Scope decided across processes: events-service asks the running membership-service for the organization tree
 * with the caller's own token, both directly and through the gateway.
 */
class CrossServiceScopeIT {

    static SystemUnderTest system;
    static UUID bloc;
    static UUID cellA;
    static UUID cellB;

    @BeforeAll
    static void tree() {
        system = SystemUnderTest.get();
        Fixtures fixtures = new Fixtures(system);
        bloc = fixtures.organization("Đảng bộ Khối các cơ quan tỉnh (kiểm thử hệ thống)", "BLOC_COMMITTEE", null);
        UUID grassroots = fixtures.organization("Đảng bộ Sở Tài chính", "GRASSROOTS_COMMITTEE", bloc);
        cellA = fixtures.organization("Chi bộ Phòng Ngân sách", "SUBORDINATE_CELL", grassroots);
        cellB = fixtures.organization("Chi bộ Văn phòng", "SUBORDINATE_CELL", grassroots);
    }

    private static Map<String, Object> monthlyMeeting(UUID organization) {
        return Map.of("organizationId", organization, "kind", "MONTHLY_CELL_MEETING",
                "title", "Sinh hoạt chi bộ tháng " + OffsetDateTime.now().getMonthValue(), "location", "Phòng họp tầng 3",
                "startsAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3).withNano(0).toString());
    }

    @Test
    void secretaryOfTheCellSchedulesItsMeetingThroughTheGateway() {
        given().baseUri(system.url("gateway")).auth().oauth2(TestTokens.secretary(cellA))
                .contentType(ContentType.JSON).body(monthlyMeeting(cellA))
                .post("/api/events/meetings")
                .then().statusCode(201)
                .body("organizationId", equalTo(cellA.toString()));
    }

    @Test
    void secretaryOfAnotherCellIsRefusedByTheScopeMembershipKnows() {
        given().baseUri(system.url("events")).auth().oauth2(TestTokens.secretary(cellB))
                .contentType(ContentType.JSON).body(monthlyMeeting(cellA))
                .post("/api/events/meetings")
                .then().statusCode(403)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void noTokenIsRefusedAtTheGateway() {
        given().baseUri(system.url("gateway"))
                .get("/api/membership/organizations/" + bloc)
                .then().statusCode(401);
    }
}
