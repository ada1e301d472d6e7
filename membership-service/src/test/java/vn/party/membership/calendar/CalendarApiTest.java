package vn.party.membership.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CalendarApiTest {

    private static final String CALENDAR = "/api/membership/calendar";

    @Test
    void seededHolidaysIncludeTetAndTheNationalDays() {
        given().auth().oauth2(TestTokens.secretary(UUID.randomUUID())).when().get(CALENDAR + "/2026")
                .then().statusCode(200)
                .body("year", equalTo(2026))
                .body("holidays.date", hasItems("2026-01-01", "2026-02-16", "2026-02-17", "2026-02-20", "2026-04-27",
                        "2026-04-30", "2026-05-01", "2026-09-02"))
                .body("holidays.find { it.date == '2026-02-17' }.name", equalTo("Tết Nguyên đán Bính Ngọ"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(CALENDAR + "/2025").then().statusCode(200)
                .body("holidays.date", hasItems("2025-01-29", "2025-04-07", "2025-09-02"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(CALENDAR + "/2027").then().statusCode(200)
                .body("holidays.size()", equalTo(11));
        given().when().get(CALENDAR + "/2026").then().statusCode(401);
        given().auth().oauth2(TestTokens.member(UUID.randomUUID(), UUID.randomUUID())).when().get(CALENDAR + "/2026")
                .then().statusCode(403);
    }

    @Test
    void theBlocOfficeAddsAndRemovesHolidays() {
        Map<String, Object> day = Map.of("date", "2031-11-24", "name", "Ngày Văn hóa Việt Nam");
        given().auth().oauth2(TestTokens.secretary(UUID.randomUUID())).contentType(ContentType.JSON).body(day)
                .when().post(CALENDAR + "/holidays").then().statusCode(403);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(Map.of("date", "2031-11-24"))
                .when().post(CALENDAR + "/holidays").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(day)
                .when().post(CALENDAR + "/holidays").then().statusCode(201).body("date", equalTo("2031-11-24"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(day)
                .when().post(CALENDAR + "/holidays").then().statusCode(409);
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(CALENDAR + "/2031").then().statusCode(200)
                .body("holidays.date", hasItem("2031-11-24"));
        given().auth().oauth2(TestTokens.secretary(UUID.randomUUID())).when().delete(CALENDAR + "/holidays/2031-11-24")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.blocAdmin()).when().delete(CALENDAR + "/holidays/2031-11-24")
                .then().statusCode(204);
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(CALENDAR + "/2031").then().statusCode(200)
                .body("holidays.date", not(hasItem("2031-11-24")));
        given().auth().oauth2(TestTokens.blocAdmin()).when().delete(CALENDAR + "/holidays/2031-11-24")
                .then().statusCode(404);
    }

    @Test
    void compensatoryWorkingDaysAreListedAddedAndValidated() {
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(CALENDAR + "/2025").then().statusCode(200)
                .body("holidays.date", hasItem("2025-05-02"))
                .body("holidays.date", not(hasItem("2025-04-26")))
                .body("workingDays.date", hasItem("2025-04-26"))
                .body("workingDays.find { it.date == '2025-04-26' }.kind", equalTo("WORKING_DAY"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(CALENDAR + "/2016").then().statusCode(200)
                .body("holidays.date", hasItems("2016-01-01", "2016-02-08", "2016-04-18", "2016-09-02"));

        String admin = TestTokens.blocAdmin();
        // a working day must be a weekend day, a day off a weekday: 400 naming the field
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("date", "2032-05-07", "name", "Làm bù", "kind", "WORKING_DAY"))
                .when().post(CALENDAR + "/holidays").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("date"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("date", "2032-05-08", "name", "Nghỉ"))
                .when().post(CALENDAR + "/holidays").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("date"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("date", "2032-05-08", "name", "Làm bù", "kind", "SOMETIMES"))
                .when().post(CALENDAR + "/holidays").then().statusCode(400).contentType("application/problem+json");

        Map<String, Object> saturday = Map.of("date", "2032-05-08", "name", "Làm bù cho thứ Hai 3/5/2032",
                "kind", "WORKING_DAY");
        given().auth().oauth2(TestTokens.secretary(UUID.randomUUID())).contentType(ContentType.JSON).body(saturday)
                .when().post(CALENDAR + "/holidays").then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(saturday)
                .when().post(CALENDAR + "/holidays").then().statusCode(201)
                .body("date", equalTo("2032-05-08")).body("kind", equalTo("WORKING_DAY"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(saturday)
                .when().post(CALENDAR + "/holidays").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(admin).when().get(CALENDAR + "/2032").then().statusCode(200)
                .body("workingDays.date", hasItem("2032-05-08"))
                .body("holidays.date", not(hasItem("2032-05-08")));
        given().auth().oauth2(admin).when().delete(CALENDAR + "/holidays/2032-05-08").then().statusCode(204);
        given().auth().oauth2(admin).when().get(CALENDAR + "/2032").then().statusCode(200)
                .body("workingDays.date", not(hasItem("2032-05-08")));
    }
}
