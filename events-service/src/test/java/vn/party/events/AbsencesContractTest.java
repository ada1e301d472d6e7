package vn.party.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
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
import vn.party.contracts.warnings.Absences;
import vn.party.events.commendation.FakeMembershipDirectory;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * Producer side of the removal-warning contract ({@link Absences}): events' real absences, for the example's situation
 * (one member absent in four months, one in three), are the example once the ids are the example's, and parse as the
 * gateway reads them.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
class AbsencesContractTest {

    private static final String MEETINGS = "/api/events/meetings";
    private static final String EXAMPLE = "warnings/absences.json";

    @Test
    void theAbsencesAreTheContractsExample() throws Exception {
        UUID bloc = UUID.randomUUID();
        UUID grassroots = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(grassroots, bloc);
        FakeMembershipTree.place(cell, grassroots);
        UUID four = UUID.randomUUID();
        UUID three = UUID.randomUUID();
        String[] starts = {"2025-01-10T02:00:00Z", "2025-02-10T02:00:00Z", "2025-03-10T02:00:00Z",
                "2025-04-10T02:00:00Z", "2025-06-10T02:00:00Z"};
        String[] meetings = new String[starts.length];
        for (int i = 0; i < starts.length; i++) {
            meetings[i] = schedule(cell, starts[i]);
        }
        for (int i : new int[] {0, 1, 2, 4}) {
            attend(cell, meetings[i], four, "ABSENT");
        }
        attend(cell, meetings[0], three, "PRESENT");
        for (int i : new int[] {1, 2, 3}) {
            attend(cell, meetings[i], three, "ABSENT");
        }

        String body = given().auth().oauth2(TestTokens.secretary(grassroots)).queryParam("organizationId", grassroots)
                .queryParam("year", 2025).queryParam("minMonths", 3).queryParam("size", 200)
                .when().get("/api/events/attendance/absences")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();

        ObjectMapper mapper = ContractExamples.consumerMapper();
        assertEquals(2, mapper.readValue(body, Absences.class).members().items().size());
        ObjectNode emitted = (ObjectNode) mapper.readTree(body);
        JsonNode example = mapper.readTree(ContractExamples.json(EXAMPLE));
        assertEquals(grassroots.toString(), emitted.get("organizationId").asText());
        emitted.put("organizationId", example.get("organizationId").asText());
        for (int i = 0; i < emitted.get("members").get("items").size(); i++) {
            ObjectNode item = (ObjectNode) emitted.get("members").get("items").get(i);
            JsonNode expected = example.get("members").get("items").get(i);
            assertEquals(cell.toString(), item.get("organizationId").asText());
            assertEquals((i == 0 ? four : three).toString(), item.get("memberId").asText());
            item.put("memberId", expected.get("memberId").asText());
            item.put("organizationId", expected.get("organizationId").asText());
        }
        assertTrue(JsonTrees.same(example, emitted), "events answers " + emitted);
    }

    private static String schedule(UUID organization, String startsAt) {
        Map<String, Object> body = new HashMap<>(AttendanceApiTest.meeting(organization, Instant.parse(startsAt)));
        body.put("kind", "MONTHLY_CELL_MEETING");
        return given().auth().oauth2(TestTokens.secretary(organization)).contentType(ContentType.JSON).body(body)
                .when().post(MEETINGS).then().statusCode(201).extract().path("id");
    }

    private static void attend(UUID organization, String meetingId, UUID member, String status) {
        String secretary = TestTokens.secretary(organization);
        FakeMembershipDirectory.memberOf(member, organization);
        String inviteeId = given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("memberId", member.toString())).when().post(MEETINGS + "/" + meetingId + "/invitees")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body(Map.of("version", 0, "status", status))
                .when().put(MEETINGS + "/" + meetingId + "/invitees/" + inviteeId + "/attendance")
                .then().statusCode(200).body("attendance", equalTo(status));
    }
}
