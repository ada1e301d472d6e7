package vn.party.events.rating;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.nullValue;
import static vn.party.events.rating.RatingTestSupport.BASE;
import static vn.party.events.rating.RatingTestSupport.approve;
import static vn.party.events.rating.RatingTestSupport.approvedMember;
import static vn.party.events.rating.RatingTestSupport.createOrganization;
import static vn.party.events.rating.RatingTestSupport.propose;
import static vn.party.events.rating.RatingTestSupport.yearPeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.events.commendation.FakeMembershipDirectory;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/** Year-end figures reproduced through the summary, streaks and statistics endpoints. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(InspectionStub.class)
class RatingFiguresTest {

    @Inject
    RatingFixtures fixtures;

    @Test
    void fiftyFourOfFiftyFiveGrassrootsOrganizationsGoodOrBetterIs98Point2Percent() {
        UUID bloc = UUID.randomUUID();
        FakeMembershipTree.place(bloc, null);
        String period = yearPeriod(2021);
        String blocSecretary = TestTokens.secretary(bloc);
        List<UUID> grassroots = new ArrayList<>();
        for (int i = 0; i < 55; i++) {
            UUID organization = UUID.randomUUID();
            FakeMembershipTree.place(organization, bloc);
            grassroots.add(organization);
            // 10 excellent: 3 named clean and strong and exemplary, 3 clean and strong, 2 without the field (clean and
            // strong, as before designations existed), 2 named nothing ([]); 44 good, 1 completed
            String level = i < 10 ? "EXCELLENT" : i < 54 ? "GOOD" : "COMPLETED";
            int score = i < 10 ? 92 : i < 54 ? 80 : 65;
            List<String> designations = i < 3 ? List.of("CLEAN_AND_STRONG", "EXEMPLARY")
                    : i < 6 ? List.of("CLEAN_AND_STRONG") : i < 8 ? null : i < 10 ? List.of() : null;
            String id = createOrganization(blocSecretary, period, organization, 201).extract().path("id");
            int version = propose(blocSecretary, id, 0, level, score, 200).extract().path("version");
            approve(blocSecretary, id, version, level, score, "2021-12-25", designations, 200);
        }
        // a cell below the first grassroots organization counts among organizations, not among grassroots ones
        UUID cell = UUID.randomUUID();
        FakeMembershipTree.place(cell, grassroots.get(0));
        String cellRating = createOrganization(TestTokens.secretary(grassroots.get(0)), period, cell, 201)
                .extract().path("id");
        approve(TestTokens.secretary(grassroots.get(0)), cellRating,
                propose(TestTokens.secretary(grassroots.get(0)), cellRating, 0, "COMPLETED", 55, 200)
                        .extract().path("version"), "COMPLETED", 55, "2021-12-20", 200);
        // members of the cell: 3 excellent, 16 good, 1 not completed → 95.0% good or better
        String approver = TestTokens.secretary(grassroots.get(0));
        for (int i = 0; i < 16; i++) {
            approvedMember(period, UUID.randomUUID(), cell, approver, "GOOD", 75 + i % 10, "2021-12-20");
        }
        approvedMember(period, UUID.randomUUID(), cell, approver, "NOT_COMPLETED", 40, "2021-12-20");
        for (int i = 0; i < 3; i++) {
            approvedMember(period, UUID.randomUUID(), cell, approver, "EXCELLENT", 90 + i, "2021-12-20");
        }

        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", bloc).queryParam("year", 2021)
                .when().get(BASE + "/summary").then().statusCode(200)
                .body("grassrootsOrganizations.rated", equalTo(55))
                .body("grassrootsOrganizations.excellent", equalTo(10))
                .body("grassrootsOrganizations.good", equalTo(44))
                .body("grassrootsOrganizations.completed", equalTo(1))
                .body("grassrootsOrganizations.notCompleted", equalTo(0))
                .body("grassrootsOrganizations.goodOrBetterPercent", equalTo(98.2f))
                .body("grassrootsOrganizations.excellentPercent", equalTo(18.2f))
                .body("organizations.rated", equalTo(56)).body("organizations.completed", equalTo(2))
                .body("organizations.goodOrBetterPercent", equalTo(96.4f))
                .body("members.rated", equalTo(20)).body("members.goodOrBetterPercent", equalTo(95.0f))
                .body("members.excellentPercent", equalTo(15.0f))
                .body("cleanAndStrongOrganizations", equalTo(8)).body("exemplaryOrganizations", equalTo(3));
        // the same figures in the statistics contract
        given().auth().oauth2(TestTokens.integration(bloc)).queryParam("organizationId", bloc).queryParam("year", 2021)
                .when().get("/api/events/statistics").then().statusCode(200)
                .body("ratings.grassrootsOrganizations.goodOrBetterPercent", equalTo(98.2f))
                .body("ratings.members.rated", equalTo(20)).body("ratings.cleanAndStrongOrganizations", equalTo(8))
                .body("ratings.exemplaryOrganizations", equalTo(3));
        // a grassroots organization's own subtree: itself, its cell and the cell's members
        given().auth().oauth2(TestTokens.secretary(grassroots.get(0))).queryParam("organizationId", grassroots.get(0))
                .queryParam("year", 2021).when().get(BASE + "/summary").then().statusCode(200)
                .body("grassrootsOrganizations.rated", equalTo(1)).body("organizations.rated", equalTo(2))
                .body("members.rated", equalTo(20)).body("cleanAndStrongOrganizations", equalTo(1))
                .body("exemplaryOrganizations", equalTo(1));
        // nobody rated: no percentage rather than a made-up 0
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", bloc).queryParam("year", 2020)
                .when().get(BASE + "/summary").then().statusCode(200).body("members.rated", equalTo(0))
                .body("members.goodOrBetterPercent", nullValue());
    }

    @Test
    void thirtyOneMembersExcellentFiveYearsInARow() {
        UUID bloc = UUID.randomUUID();
        UUID grassroots = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(grassroots, bloc);
        FakeMembershipTree.place(cell, grassroots);
        FakeMembershipTree.place(elsewhere, bloc);
        List<UUID> chain = List.of(cell, grassroots, bloc);
        List<UUID> steady = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            steady.add(UUID.randomUUID());
        }
        UUID transferred = UUID.randomUUID(); // excellent elsewhere 2017–2019, here 2020–2021: keeps the streak
        UUID gap = UUID.randomUUID();         // good in 2019
        UUID missing = UUID.randomUUID();     // not rated in 2018
        UUID late = UUID.randomUUID();        // excellent 2018–2021 only
        for (int year = 2017; year <= 2021; year++) {
            UUID period = UUID.fromString(yearPeriod(year));
            LocalDate decided = LocalDate.of(year, 12, 20);
            fixtures.approvedMembers(period, steady, chain, RatingLevel.EXCELLENT, "91", decided);
            fixtures.approvedMembers(period, List.of(transferred), year <= 2019 ? List.of(elsewhere, bloc) : chain,
                    RatingLevel.EXCELLENT, "97.5", decided);
            fixtures.approvedMembers(period, List.of(gap), chain,
                    year == 2019 ? RatingLevel.GOOD : RatingLevel.EXCELLENT, year == 2019 ? "85" : "93", decided);
            if (year != 2018) {
                fixtures.approvedMembers(period, List.of(missing), chain, RatingLevel.EXCELLENT, "95", decided);
            }
            if (year >= 2018) {
                fixtures.approvedMembers(period, List.of(late), chain, RatingLevel.EXCELLENT, "90", decided);
            }
            // enough members rated good each year for the 20% quota (different people every year)
            List<UUID> good = new ArrayList<>();
            for (int i = 0; i < 180; i++) {
                good.add(UUID.randomUUID());
            }
            fixtures.approvedMembers(period, good, chain, RatingLevel.GOOD, "80", decided);
        }
        List<String> expected = new ArrayList<>(steady.stream().map(UUID::toString).toList());
        expected.add(transferred.toString());
        given().auth().oauth2(TestTokens.secretary(grassroots)).queryParam("organizationId", grassroots)
                .queryParam("subjectKind", "MEMBER").queryParam("level", "EXCELLENT").queryParam("years", 5)
                .queryParam("toYear", 2021).when().get(BASE + "/streaks").then().statusCode(200)
                .body("fromYear", equalTo(2017)).body("toYear", equalTo(2021)).body("count", equalTo(31))
                .body("subjects.memberId", containsInAnyOrder(expected.toArray()))
                .body("subjects[0].years.year", contains(2017, 2018, 2019, 2020, 2021))
                .body("subjects[0].years.level", contains("EXCELLENT", "EXCELLENT", "EXCELLENT", "EXCELLENT",
                        "EXCELLENT"));
        // listed where the member is in the last year of the window
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", elsewhere)
                .queryParam("subjectKind", "MEMBER").queryParam("toYear", 2021).when().get(BASE + "/streaks").then()
                .statusCode(200).body("count", equalTo(0));
        // four years: the late starter joins; five years good or better: the member with the 2019 gap joins
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", cell)
                .queryParam("subjectKind", "MEMBER").queryParam("years", 4).queryParam("toYear", 2021)
                .when().get(BASE + "/streaks").then().statusCode(200).body("count", equalTo(32))
                .body("subjects.memberId", hasItem(late.toString()));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", cell)
                .queryParam("subjectKind", "MEMBER").queryParam("level", "GOOD").queryParam("toYear", 2021)
                .when().get(BASE + "/streaks").then().statusCode(200).body("count", equalTo(32))
                .body("subjects.memberId", hasItem(gap.toString()));
        given().auth().oauth2(TestTokens.member(cell, steady.get(0))).queryParam("organizationId", cell)
                .queryParam("subjectKind", "MEMBER").queryParam("toYear", 2021).when().get(BASE + "/streaks").then()
                .statusCode(403);
    }

    @Test
    void aStreakBuiltThroughTheApiAndOneWithAGap() {
        UUID bloc = UUID.randomUUID();
        UUID grassroots = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(grassroots, bloc);
        FakeMembershipTree.place(cell, grassroots);
        UUID steady = UUID.randomUUID();
        UUID broken = UUID.randomUUID();
        List<UUID> good = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            good.add(UUID.randomUUID());
        }
        String approver = TestTokens.secretary(grassroots);
        for (int year = 2017; year <= 2021; year++) {
            String period = yearPeriod(year);
            String decided = year + "-12-20";
            for (UUID member : good) {
                approvedMember(period, member, cell, approver, "GOOD", 80, decided);
            }
            approvedMember(period, steady, cell, approver, "EXCELLENT", 95, decided);
            approvedMember(period, broken, cell, approver, year == 2019 ? "GOOD" : "EXCELLENT", year == 2019 ? 88 : 94,
                    decided);
        }
        given().auth().oauth2(approver).queryParam("organizationId", grassroots).queryParam("subjectKind", "MEMBER")
                .queryParam("level", "EXCELLENT").queryParam("years", 5).queryParam("toYear", 2021)
                .when().get(BASE + "/streaks").then().statusCode(200).body("count", equalTo(1))
                .body("subjects.memberId", contains(steady.toString()))
                .body("subjects[0].years.score", contains(95.0f, 95.0f, 95.0f, 95.0f, 95.0f));
        given().auth().oauth2(approver).queryParam("organizationId", grassroots).queryParam("subjectKind", "MEMBER")
                .queryParam("years", 2).queryParam("toYear", 2021).when().get(BASE + "/streaks").then().statusCode(200)
                .body("subjects.memberId", containsInAnyOrder(steady.toString(), broken.toString()));
    }

    @Test
    void statisticsOfAYearFollowTheContract() {
        UUID bloc = UUID.randomUUID();
        UUID grassroots = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        UUID outside = UUID.randomUUID();
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(grassroots, bloc);
        FakeMembershipTree.place(cell, grassroots);
        FakeMembershipTree.place(outside, bloc);
        String cellSecretary = TestTokens.secretary(cell);
        // meetings of 2021 in the subtree: 2 monthly, 1 thematic (cell), 1 plenum (grassroots); one outside; one 2022
        List<String> monthly = List.of(meeting(cell, "MONTHLY_CELL_MEETING", "2021-03-10T08:00:00+07:00"),
                meeting(cell, "MONTHLY_CELL_MEETING", "2021-04-12T08:00:00+07:00"));
        meeting(cell, "THEMATIC_MEETING", "2021-12-31T20:00:00+07:00");
        String plenum = meeting(grassroots, "COMMITTEE_PLENUM", "2021-06-01T08:00:00+07:00");
        meeting(outside, "MONTHLY_CELL_MEETING", "2021-03-10T08:00:00+07:00");
        meeting(cell, "MONTHLY_CELL_MEETING", "2022-01-01T00:30:00+07:00");
        // attendance: 4 invited to each monthly meeting, 3 then 4 present → 7/8 = 87.5%
        for (int m = 0; m < 2; m++) {
            for (int i = 0; i < 4; i++) {
                UUID member = UUID.randomUUID();
                FakeMembershipDirectory.memberOf(member, cell);
                String invitee = given().auth().oauth2(cellSecretary).contentType(ContentType.JSON)
                        .body(Map.of("memberId", member.toString()))
                        .when().post("/api/events/meetings/" + monthly.get(m) + "/invitees").then().statusCode(201)
                        .extract().path("id");
                String status = m == 0 && i == 3 ? "ABSENT" : "PRESENT";
                given().auth().oauth2(cellSecretary).contentType(ContentType.JSON)
                        .body(Map.of("version", 0, "status", status))
                        .when().put("/api/events/meetings/" + monthly.get(m) + "/invitees/" + invitee + "/attendance")
                        .then().statusCode(200);
            }
        }
        // tasks from a conclusion of 2021: one done, one overdue at the end of 2021, one due in 2022 (not overdue)
        String grassrootsSecretary = TestTokens.secretary(grassroots);
        String document = given().auth().oauth2(grassrootsSecretary).contentType(ContentType.JSON)
                .body(Map.of("type", "CONCLUSION", "issuerAbbreviation", "ĐU", "title", "Kết luận hội nghị",
                        "issuedOn", "2021-06-01"))
                .when().post("/api/events/meetings/" + plenum + "/documents").then().statusCode(201).extract().path("id");
        String done = task(document, cell, "2021-09-30");
        task(document, cell, "2021-10-31");
        task(document, grassroots, "2022-03-31");
        given().auth().oauth2(cellSecretary).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "percent", 100, "status", "DONE", "text", "Đã hoàn thành"))
                .when().post("/api/events/tasks/" + done + "/reports").then().statusCode(201);
        // contributions of 2021 in the subtree, exact; one outside, one in 2022
        String campaign = given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Tết vì người nghèo", "organizerId", bloc.toString(), "startsOn", "2021-01-01",
                        "endsOn", "2022-12-31"))
                .when().post("/api/events/campaigns").then().statusCode(201).extract().path("id");
        contribute(campaign, cell, 1_234_567_890L, "2021-12-31");
        contribute(campaign, grassroots, 999_999_999_999L, "2021-01-01");
        contribute(campaign, outside, 7_000_000L, "2021-05-05");
        contribute(campaign, cell, 5L, "2022-01-01");
        // ratings: one member good in 2021
        approvedMember(yearPeriod(2021), UUID.randomUUID(), cell, grassrootsSecretary, "GOOD", 80, "2021-12-20");

        given().auth().oauth2(grassrootsSecretary).queryParam("organizationId", grassroots).queryParam("year", 2021)
                .when().get("/api/events/statistics").then().statusCode(200)
                .body("organizationId", equalTo(grassroots.toString())).body("year", equalTo(2021))
                .body("meetings.held", equalTo(4))
                .body("meetings.byKind.MONTHLY_CELL_MEETING", equalTo(2))
                .body("meetings.byKind.THEMATIC_MEETING", equalTo(1))
                .body("meetings.byKind.COMMITTEE_PLENUM", equalTo(1))
                .body("meetings.byKind.RESOLUTION_STUDY", equalTo(0))
                .body("meetings.attendanceRatePercent", equalTo(87.5f))
                .body("tasks.assigned", equalTo(3)).body("tasks.done", equalTo(1)).body("tasks.overdue", equalTo(1))
                .body("ratings.members.rated", equalTo(1)).body("ratings.members.good", equalTo(1))
                .body("ratings.members.goodOrBetterPercent", equalTo(100.0f))
                .body("ratings.members.excellentPercent", equalTo(0.0f))
                .body("ratings.grassrootsOrganizations.rated", equalTo(0))
                .body("ratings.organizations.rated", equalTo(0))
                .body("ratings.cleanAndStrongOrganizations", equalTo(0))
                .body("ratings.exemplaryOrganizations", equalTo(0))
                .body("campaigns.contributionsVnd", equalTo(String.valueOf(1_234_567_890L + 999_999_999_999L)));
        // the cell alone
        given().auth().oauth2(cellSecretary).queryParam("organizationId", cell).queryParam("year", 2021)
                .when().get("/api/events/statistics").then().statusCode(200)
                .body("meetings.held", equalTo(3)).body("tasks.assigned", equalTo(2))
                .body("campaigns.contributionsVnd", hasToString("1234567890"));
        given().auth().oauth2(cellSecretary).queryParam("organizationId", grassroots).queryParam("year", 2021)
                .when().get("/api/events/statistics").then().statusCode(403);
        given().auth().oauth2(cellSecretary).queryParam("organizationId", cell)
                .when().get("/api/events/statistics").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    private static String meeting(UUID organization, String kind, String startsAt) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("organizationId", organization.toString(), "kind", kind,
                "title", "Họp " + kind, "startsAt", startsAt, "location", "Phòng họp"));
        if ("COMMITTEE_PLENUM".equals(kind)) {
            body.put("term", "XIX");
        }
        return given().auth().oauth2(TestTokens.secretary(organization)).contentType(ContentType.JSON).body(body)
                .when().post("/api/events/meetings").then().statusCode(201).extract().path("id");
    }

    private static String task(String document, UUID lead, String deadline) {
        return given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("title", "Nhiệm vụ " + deadline, "leadOrganizationId", lead.toString(), "deadline", deadline))
                .when().post("/api/events/documents/" + document + "/tasks").then().statusCode(201).extract().path("id");
    }

    private static void contribute(String campaign, UUID organization, long amount, String on) {
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("organizationId", organization.toString(), "amount", amount, "contributedOn", on))
                .when().post("/api/events/campaigns/" + campaign + "/contributions").then().statusCode(201);
    }
}
