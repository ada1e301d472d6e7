package vn.party.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
class MeetingApiTest {

    private static final String BASE = "/api/events/meetings";

    private final UUID bloc = UUID.randomUUID();
    private final UUID cell = UUID.randomUUID();
    private final UUID otherCell = UUID.randomUUID();

    @BeforeEach
    void tree() {
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(cell, bloc);
        FakeMembershipTree.place(otherCell, bloc);
    }

    @Test
    void meetingTimeIsStoredAsAnInstantAndShownInVietnamTime() {
        String id = given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON)
                .body(meeting(cell, "2026-12-05T07:00:00Z"))
                .when().post(BASE)
                .then().statusCode(201)
                .body("startsAt", equalTo("2026-12-05T14:00:00+07:00"))
                .body("title", equalTo("Sinh hoạt chi bộ tháng 12/2026"))
                .extract().path("id");
        given().auth().oauth2(TestTokens.inspector(bloc))
                .queryParam("organizationId", cell.toString())
                .queryParam("from", "2026-12-05T14:00:00+07:00")
                .queryParam("to", "2026-12-06T00:00:00+07:00")
                .when().get(BASE)
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void outOfScopeWrongRoleAndNoTokenAreRefused() {
        given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON)
                .body(meeting(otherCell, "2026-12-05T07:00:00Z")).when().post(BASE)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.inspector(bloc)).contentType(ContentType.JSON)
                .body(meeting(cell, "2026-12-05T07:00:00Z")).when().post(BASE)
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(meeting(cell, "2026-12-05T07:00:00Z")).when().post(BASE)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void scheduleRulesAndBadInputAre400NamingTheField() {
        Map<String, Object> noPlace = meeting(cell, "2026-12-05T07:00:00Z");
        noPlace.remove("location");
        given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON).body(noPlace)
                .when().post(BASE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("location"));

        Map<String, Object> backwards = meeting(cell, "2026-12-05T07:00:00Z");
        backwards.put("endsAt", "2026-12-05T06:00:00Z");
        given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON).body(backwards)
                .when().post(BASE)
                .then().statusCode(400).body("errors[0].field", equalTo("endsAt"));

        given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON)
                .body(meeting(cell, "5/12/2026 14:00"))
                .when().post(BASE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("startsAt"));

        given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON)
                .body(Map.of("organizationId", cell.toString()))
                .when().post(BASE)
                .then().statusCode(400)
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("startsAt"));
    }

    @Test
    void docsAndHealthAreOpen() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("paths", hasKey(BASE));
    }

    private static Map<String, Object> meeting(UUID organization, String startsAt) {
        return new HashMap<>(Map.of("organizationId", organization.toString(), "kind", "MONTHLY_CELL_MEETING",
                "title", "Sinh hoạt chi bộ tháng 12/2026", "startsAt", startsAt,
                "location", "Phòng họp tầng 3, Sở Giao thông vận tải"));
    }
}
