package vn.party.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import vn.party.events.commendation.FakeMembershipDirectory;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
class AbsenceApiTest {

    private static final String MEETINGS = "/api/events/meetings";
    private static final String ABSENCES = "/api/events/attendance/absences";

    private final UUID bloc = UUID.randomUUID();
    private final UUID grassroots = UUID.randomUUID();
    private final UUID cell = UUID.randomUUID();
    private final UUID otherCell = UUID.randomUUID();

    @BeforeEach
    void tree() {
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(grassroots, bloc);
        FakeMembershipTree.place(cell, grassroots);
        FakeMembershipTree.place(otherCell, bloc);
    }

    @Test
    void threeMonthsAbsentWithoutReasonListsAMemberTwoDoNot() {
        UUID three = UUID.randomUUID();
        UUID twoAndExcused = UUID.randomUUID();
        UUID doubleMonth = UUID.randomUUID();
        UUID four = UUID.randomUUID();
        UUID lastYear = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();

        String january = schedule(cell, "2025-01-10T02:00:00Z", "MONTHLY_CELL_MEETING");
        String february = schedule(cell, "2025-02-10T02:00:00Z", "MONTHLY_CELL_MEETING");
        String march = schedule(cell, "2025-03-10T02:00:00Z", "MONTHLY_CELL_MEETING");
        // 18:00 UTC on 31 March is 01:00 on 1 April in Hà Nội: an April meeting
        String aprilAtMidnight = schedule(cell, "2025-03-31T18:00:00Z", "MONTHLY_CELL_MEETING");
        String april = schedule(cell, "2025-04-10T02:00:00Z", "MONTHLY_CELL_MEETING");
        String aprilAgain = schedule(cell, "2025-04-24T02:00:00Z", "MONTHLY_CELL_MEETING");
        String thematic = schedule(cell, "2025-05-15T02:00:00Z", "THEMATIC_MEETING");
        String october = schedule(cell, "2024-10-10T02:00:00Z", "MONTHLY_CELL_MEETING");
        String november = schedule(cell, "2024-11-10T02:00:00Z", "MONTHLY_CELL_MEETING");
        String december = schedule(cell, "2024-12-10T02:00:00Z", "MONTHLY_CELL_MEETING");

        for (String meeting : new String[] {january, february, march}) {
            attend(cell, meeting, three, "ABSENT", null);
            attend(cell, meeting, four, "ABSENT", null);
        }
        attend(cell, aprilAtMidnight, four, "ABSENT", null);
        attend(cell, january, twoAndExcused, "ABSENT", null);
        attend(cell, february, twoAndExcused, "ABSENT", null);
        attend(cell, march, twoAndExcused, "EXCUSED", "Đi công tác Hà Nội");
        attend(cell, thematic, twoAndExcused, "ABSENT", null); // not a monthly cell meeting
        attend(cell, january, doubleMonth, "ABSENT", null);
        attend(cell, april, doubleMonth, "ABSENT", null);
        attend(cell, aprilAgain, doubleMonth, "ABSENT", null); // the same month again: still 2 months
        attend(cell, march, doubleMonth, "PRESENT", null);
        for (String meeting : new String[] {october, november, december}) {
            attend(cell, meeting, lastYear, "ABSENT", null);
        }
        attend(cell, january, lastYear, "ABSENT", null);
        for (String date : new String[] {"2025-01-12T02:00:00Z", "2025-02-12T02:00:00Z", "2025-03-12T02:00:00Z"}) {
            attend(otherCell, schedule(otherCell, date, "MONTHLY_CELL_MEETING"), elsewhere, "ABSENT", null);
        }

        // the grassroots subtree in 2025: four (January to April), three (January to March); most months first
        get(TestTokens.secretary(grassroots), grassroots, 2025, null).statusCode(200)
                .body("organizationId", equalTo(grassroots.toString())).body("year", equalTo(2025))
                .body("minMonths", equalTo(3))
                .body("members.items.memberId", contains(four.toString(), three.toString()))
                .body("members.items[0].absentMonths", equalTo(4))
                .body("members.items[0].months", contains("2025-01", "2025-02", "2025-03", "2025-04"))
                .body("members.items[0].organizationId", equalTo(cell.toString()))
                .body("members.items[1].absentMonths", equalTo(3))
                .body("members.items[1].months", contains("2025-01", "2025-02", "2025-03"))
                .body("members.totalItems", equalTo(2));
        // two months (the excused one and the thematic meeting do not count; two April meetings count once)
        get(TestTokens.inspector(grassroots), grassroots, 2025, 2).statusCode(200)
                .body("members.items.memberId", contains(four.toString(), three.toString(),
                        twoAndExcused.toString().compareTo(doubleMonth.toString()) < 0 ? twoAndExcused.toString() : doubleMonth.toString(),
                        twoAndExcused.toString().compareTo(doubleMonth.toString()) < 0 ? doubleMonth.toString() : twoAndExcused.toString()))
                .body("members.items.find { it.memberId == '" + doubleMonth + "' }.months",
                        contains("2025-01", "2025-04"))
                .body("members.items.find { it.memberId == '" + twoAndExcused + "' }.months",
                        contains("2025-01", "2025-02"));
        // another year does not leak in either direction
        get(TestTokens.blocAdmin(), grassroots, 2024, null).statusCode(200)
                .body("members.items.memberId", contains(lastYear.toString()))
                .body("members.items[0].months", contains("2024-10", "2024-11", "2024-12"));
        get(TestTokens.secretary(grassroots), grassroots, 2025, 1).statusCode(200)
                .body("members.items.memberId", hasItem(lastYear.toString()))
                .body("members.items.memberId", not(hasItem(elsewhere.toString())));
        // the bloc's subtree includes the other cell
        get(TestTokens.inspector(bloc), bloc, 2025, null).statusCode(200)
                .body("members.items.memberId", containsInAnyOrder(four.toString(), three.toString(),
                        elsewhere.toString()));
        // paged
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", grassroots).queryParam("year", 2025)
                .queryParam("size", 1).queryParam("page", 1).when().get(ABSENCES).then().statusCode(200)
                .body("members.items.memberId", contains(three.toString()))
                .body("members.totalItems", equalTo(2)).body("members.totalPages", equalTo(2));
    }

    @Test
    void badParametersAre400AndOutsideTheScope403() {
        assertBadField(Map.of("year", "2025"), "organizationId");
        assertBadField(Map.of("organizationId", "not-a-uuid", "year", "2025"), "organizationId");
        assertBadField(Map.of("organizationId", grassroots.toString()), "year");
        assertBadField(Map.of("organizationId", grassroots.toString(), "year", "20x5"), "year");
        assertBadField(Map.of("organizationId", grassroots.toString(), "year", "1800"), "year");
        assertBadField(Map.of("organizationId", grassroots.toString(), "year", "2025", "minMonths", "0"), "minMonths");
        assertBadField(Map.of("organizationId", grassroots.toString(), "year", "2025", "minMonths", "13"), "minMonths");
        assertBadField(Map.of("organizationId", grassroots.toString(), "year", "2025", "size", "201"), "size");

        get(TestTokens.secretary(otherCell), grassroots, 2025, null).statusCode(403)
                .contentType("application/problem+json");
        get(TestTokens.secretary(cell), grassroots, 2025, null).statusCode(403); // below the root is not enough
        get(TestTokens.member(cell, UUID.randomUUID()), grassroots, 2025, null).statusCode(403);
        get(TestTokens.integration(bloc), grassroots, 2025, null).statusCode(403);
        // no service identity reads absences (membership calls with the user's token)
        get(TestTokens.token("service-account-party-services", Set.of("party-service"), bloc, null), grassroots,
                2025, null).statusCode(403);
        get(TestTokens.eventsService(), grassroots, 2025, null).statusCode(403);
        get(TestTokens.inspectionService(), grassroots, 2025, null).statusCode(403);
        given().queryParam("organizationId", grassroots).queryParam("year", 2025).when().get(ABSENCES).then()
                .statusCode(401);
    }

    private void assertBadField(Map<String, String> query, String field) {
        given().auth().oauth2(TestTokens.blocAdmin()).queryParams(query).when().get(ABSENCES).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private io.restassured.response.ValidatableResponse get(String token, UUID organization, int year,
            Integer minMonths) {
        RequestSpecification request = given().auth().oauth2(token).queryParam("organizationId", organization)
                .queryParam("year", year);
        if (minMonths != null) {
            request.queryParam("minMonths", minMonths);
        }
        return request.when().get(ABSENCES).then();
    }

    private String schedule(UUID organization, String startsAt, String kind) {
        Map<String, Object> body = new HashMap<>(AttendanceApiTest.meeting(organization, Instant.parse(startsAt)));
        body.put("kind", kind);
        return given().auth().oauth2(TestTokens.secretary(organization)).contentType(ContentType.JSON).body(body)
                .when().post(MEETINGS).then().statusCode(201).extract().path("id");
    }

    private void attend(UUID organization, String meetingId, UUID member, String status, String reason) {
        String secretary = TestTokens.secretary(organization);
        FakeMembershipDirectory.memberOf(member, organization);
        String inviteeId = given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("memberId", member.toString())).when().post(MEETINGS + "/" + meetingId + "/invitees")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> body = new HashMap<>(Map.of("version", 0, "status", status));
        if (reason != null) {
            body.put("reason", reason);
        }
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body(body)
                .when().put(MEETINGS + "/" + meetingId + "/invitees/" + inviteeId + "/attendance")
                .then().statusCode(200).body("attendance", equalTo(status));
    }
}
