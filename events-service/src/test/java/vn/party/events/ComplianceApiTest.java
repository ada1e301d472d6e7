package vn.party.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
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

import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;
import vn.party.testsupport.clock.AtNoonAndNewYearMorning;
import vn.party.testsupport.clock.PinnedClock;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
class ComplianceApiTest {

    private static final String PATH = "/api/events/compliance";

    private final UUID bloc = UUID.randomUUID();
    private final UUID grassroots = UUID.randomUUID();
    private final UUID lateCell = UUID.randomUUID();
    private final UUID diligentCell = UUID.randomUUID();
    private final UUID silentCell = UUID.randomUUID();
    private final UUID elsewhere = UUID.randomUUID();

    @BeforeEach
    void tree() {
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(grassroots, bloc);
        FakeMembershipTree.place(lateCell, grassroots);
        FakeMembershipTree.place(diligentCell, grassroots);
        FakeMembershipTree.place(silentCell, grassroots);
        FakeMembershipTree.place(elsewhere, null);
    }

    @Test
    void aLateMonthlyMeetingLeavesItsMonthMissingAndQuartersNeedAThematicMeeting() {
        for (int month = 1; month <= 12; month++) {
            String day = "%02d".formatted(month);
            if (month != 5) {
                schedule(lateCell, "MONTHLY_CELL_MEETING", "2025-" + day + "-10T14:00:00+07:00");
            }
            // 23:30 on the last evening of May in Vietnam is still May (16:30 UTC)
            schedule(diligentCell, "MONTHLY_CELL_MEETING",
                    month == 5 ? "2025-05-31T23:30:00+07:00" : "2025-" + day + "-05T08:00:00+07:00");
        }
        schedule(lateCell, "MONTHLY_CELL_MEETING", "2025-06-02T09:00:00+07:00"); // the May meeting, held in June
        for (String date : List.of("2025-02-20", "2025-08-20", "2025-11-20")) {
            schedule(lateCell, "THEMATIC_MEETING", date + "T14:00:00+07:00");
        }
        for (String date : List.of("2025-02-20", "2025-05-20", "2025-08-20", "2025-11-20")) {
            schedule(diligentCell, "THEMATIC_MEETING", date + "T14:00:00+07:00");
        }
        schedule(elsewhere, "THEMATIC_MEETING", "2025-02-20T14:00:00+07:00");

        given().auth().oauth2(TestTokens.inspector(bloc))
                .queryParam("organizationId", grassroots.toString()).queryParam("year", 2025)
                .queryParam("cells", silentCell.toString())
                .when().get(PATH)
                .then().statusCode(200)
                .body("cellsChecked", equalTo(3))
                .body("checkedThrough", equalTo("2025-12"))
                .body("cells", hasSize(2))
                .body("cells.find { it.organizationId == '%s' }.missingMonths".formatted(lateCell), contains("2025-05"))
                .body("cells.find { it.organizationId == '%s' }.missingQuarters".formatted(lateCell), contains("2025-Q2"))
                .body("cells.find { it.organizationId == '%s' }.missingMonths".formatted(silentCell), hasSize(12))
                .body("cells.find { it.organizationId == '%s' }.missingQuarters".formatted(silentCell), hasSize(4));

        // a month range: April–June touches Q2 only
        given().auth().oauth2(TestTokens.secretary(grassroots))
                .queryParam("organizationId", grassroots.toString()).queryParam("year", 2025)
                .queryParam("fromMonth", 4).queryParam("toMonth", 6)
                .when().get(PATH)
                .then().statusCode(200)
                .body("cellsChecked", equalTo(2))
                .body("cells.organizationId", contains(lateCell.toString()))
                .body("cells[0].missingMonths", contains("2025-05"))
                .body("cells[0].missingQuarters", contains("2025-Q2"));
    }

    /**
     * The months checked end with the last month ended in Vietnam, read from the one clock: at noon on 31 December
     * December is still running; at 23:30 UTC on 31 December it is 1 January in Vietnam and December has ended.
     */
    @AtNoonAndNewYearMorning
    void decemberIsCheckedOnceItHasEndedInVietnam(Instant at) {
        boolean newYear = at.equals(PinnedClock.NEW_YEAR_MORNING_IN_VIETNAM);
        given().auth().oauth2(TestTokens.inspector(bloc))
                .queryParam("organizationId", grassroots.toString()).queryParam("year", 2026)
                .queryParam("cells", silentCell.toString())
                .when().get(PATH)
                .then().statusCode(200)
                .body("cellsChecked", equalTo(1))
                .body("checkedThrough", equalTo(newYear ? "2026-12" : "2026-11"))
                .body("cells[0].missingMonths", hasSize(newYear ? 12 : 11));
    }

    @Test
    void scopeAndBadInput() {
        given().auth().oauth2(TestTokens.secretary(diligentCell))
                .queryParam("organizationId", grassroots.toString()).queryParam("year", 2025)
                .when().get(PATH).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.member(lateCell, UUID.randomUUID()))
                .queryParam("organizationId", lateCell.toString()).queryParam("year", 2025)
                .when().get(PATH).then().statusCode(403);
        given().queryParam("organizationId", grassroots.toString()).queryParam("year", 2025)
                .when().get(PATH).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.inspector(bloc)).queryParam("fromMonth", 13)
                .when().get(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("fromMonth", "organizationId", "year"));
        given().auth().oauth2(TestTokens.inspector(bloc))
                .queryParam("organizationId", grassroots.toString()).queryParam("year", 2025)
                .queryParam("cells", elsewhere.toString())
                .when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("cells"));
    }

    private static void schedule(UUID organization, String kind, String startsAt) {
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", organization.toString(), "kind", kind,
                "title", "Sinh hoạt", "startsAt", startsAt, "online", true));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/events/meetings").then().statusCode(201);
    }
}
