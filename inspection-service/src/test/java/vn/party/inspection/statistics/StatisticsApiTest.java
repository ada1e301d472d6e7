package vn.party.inspection.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.party.common.time.PartyClock;
import vn.party.inspection.discipline.FakeMembershipMembers;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * The year-end figures over a realistic year: 164 "lượt" of 138 distinct organizations (20 inspected twice under
 * COMPLIANCE, 6 again under FINANCIAL), 12 distinct members, 4 members disciplined, 4 suspensions; the previous and
 * next years and a sibling subtree are seeded too and must not leak in. Every expected number is counted by hand
 * from the seeding below.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipMembers.class)
class StatisticsApiTest {

    private static final String STATISTICS = "/api/inspection/statistics";
    private static final int YEAR = 2021;

    // bloc → region (the subtree asked about) → o0..o149; bloc → sibling → s0..s4
    private static final UUID BLOC = UUID.randomUUID();
    private static final UUID REGION = UUID.randomUUID();
    private static final UUID SIBLING = UUID.randomUUID();
    private static final List<UUID> ORGS = new ArrayList<>();
    private static final List<UUID> SIBLING_ORGS = new ArrayList<>();
    private static final List<UUID> MEMBERS = new ArrayList<>();
    private static final UUID SIBLING_MEMBER = UUID.randomUUID();
    private static boolean seeded;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seedOnce() throws SQLException {
        if (seeded) {
            placeTree();
            return;
        }
        for (int i = 0; i < 150; i++) {
            ORGS.add(UUID.randomUUID());
        }
        for (int i = 0; i < 5; i++) {
            SIBLING_ORGS.add(UUID.randomUUID());
        }
        for (int i = 0; i < 12; i++) {
            MEMBERS.add(UUID.randomUUID());
        }
        placeTree();
        try (StatisticsFixture f = new StatisticsFixture(dataSource)) {
            LocalDate day = LocalDate.of(YEAR, 1, 4);
            // COMPLIANCE: o0..o129 once (130) and o0..o19 again (20) = 150 lượt of 130 organizations; members m0..m4
            for (int i = 0; i < 130; i++) {
                f.inspection("COMPLIANCE", REGION, org(i), null, day.plusDays(i % 300));
            }
            for (int i = 0; i < 20; i++) {
                f.inspection("COMPLIANCE", REGION, org(i), null, LocalDate.of(YEAR, 12, 31));
            }
            for (int m = 0; m < 5; m++) {
                f.inspection("COMPLIANCE", REGION, org(m), MEMBERS.get(m), day);
            }
            // SIGNS_OF_VIOLATION: o130..o132; members m5..m8
            for (int i = 130; i < 133; i++) {
                f.inspection("SIGNS_OF_VIOLATION", REGION, org(i), null, day);
            }
            for (int m = 5; m < 9; m++) {
                f.inspection("SIGNS_OF_VIOLATION", REGION, org(m), MEMBERS.get(m), day);
            }
            // LOWER_LEVEL_INSPECTION_WORK: o133..o137 (the last five distinct organizations)
            for (int i = 133; i < 138; i++) {
                f.inspection("LOWER_LEVEL_INSPECTION_WORK", REGION, org(i), null, day);
            }
            // FINANCIAL by the bloc's committee: o0..o5 again; members m9..m11 and m0 again
            for (int i = 0; i < 6; i++) {
                f.inspection("FINANCIAL", BLOC, org(i), null, day);
            }
            for (int m : new int[] {9, 10, 11, 0}) {
                f.inspection("FINANCIAL", BLOC, org(m), MEMBERS.get(m), day);
            }
            // not counted in the region's 2021: no decision yet, other years, the sibling subtree
            f.inspection("COMPLIANCE", REGION, org(140), null, null);
            f.inspection("COMPLIANCE", REGION, org(141), null, LocalDate.of(YEAR - 1, 12, 31));
            f.inspection("COMPLIANCE", REGION, org(142), null, LocalDate.of(YEAR + 1, 1, 1));
            f.inspection("COMPLIANCE", BLOC, sibling(0), null, day);
            f.inspection("SIGNS_OF_VIOLATION", BLOC, sibling(1), null, day);
            f.inspection("SIGNS_OF_VIOLATION", BLOC, sibling(1), SIBLING_MEMBER, day);

            // supervisions: o0..o34 and o0..o4 again = 40 lượt of 35 organizations; members m0..m5
            for (int i = 0; i < 35; i++) {
                f.supervision(REGION, org(i), null, LocalDate.of(YEAR, 3, 1));
            }
            for (int i = 0; i < 5; i++) {
                f.supervision(REGION, org(i), null, LocalDate.of(YEAR, 9, 1));
            }
            for (int m = 0; m < 6; m++) {
                f.supervision(REGION, org(m), MEMBERS.get(m), LocalDate.of(YEAR, 6, 1));
            }
            f.supervision(REGION, org(50), null, LocalDate.of(YEAR - 1, 12, 15));
            f.supervision(BLOC, sibling(0), null, LocalDate.of(YEAR, 3, 1));

            // discipline: m0, m1 reprimanded and m2, m3 warned in 2021
            UUID m0Case = f.disciplineCase(org(0), MEMBERS.get(0), "REPRIMAND", LocalDate.of(YEAR, 2, 10));
            UUID m1Case = f.disciplineCase(org(1), MEMBERS.get(1), "REPRIMAND", LocalDate.of(YEAR, 5, 10));
            f.disciplineCase(org(2), MEMBERS.get(2), "WARNING", LocalDate.of(YEAR, 1, 1));
            f.disciplineCase(org(3), MEMBERS.get(3), "WARNING", LocalDate.of(YEAR, 12, 31));
            f.disciplineCase(org(4), MEMBERS.get(4), "WARNING", null);
            UUID m5Case = f.disciplineCase(org(5), MEMBERS.get(5), "WARNING", LocalDate.of(YEAR - 1, 12, 31));
            f.disciplineCase(org(7), null, "WARNING", LocalDate.of(YEAR + 1, 1, 10));
            UUID siblingCase = f.disciplineCase(sibling(1), SIBLING_MEMBER, "EXPULSION", LocalDate.of(YEAR, 7, 1));

            // suspensions starting in 2021: four in the region, one in the sibling; others in 2020 and 2022
            for (int m = 0; m < 4; m++) {
                f.suspension(MEMBERS.get(m), ORGS.get(m), LocalDate.of(YEAR, 1 + m, 1));
            }
            f.suspension(SIBLING_MEMBER, SIBLING_ORGS.get(1), LocalDate.of(YEAR, 6, 1));
            f.suspension(MEMBERS.get(5), ORGS.get(5), LocalDate.of(YEAR - 1, 12, 31));
            f.suspension(MEMBERS.get(6), ORGS.get(6), LocalDate.of(YEAR + 1, 1, 1));

            // complaints: received 2021 (resolved 2021, still open), received 2020 resolved 2021; the sibling's
            f.complaint(m0Case, MEMBERS.get(0), ORGS.get(0), LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 4, 1));
            f.complaint(m1Case, MEMBERS.get(1), ORGS.get(1), LocalDate.of(YEAR, 11, 20), null);
            f.complaint(m5Case, MEMBERS.get(5), ORGS.get(5), LocalDate.of(YEAR - 1, 12, 31), LocalDate.of(YEAR, 1, 20));
            f.complaint(siblingCase, SIBLING_MEMBER, SIBLING_ORGS.get(1), LocalDate.of(YEAR, 7, 10), LocalDate.of(YEAR, 8, 1));

            // denunciations: three received in 2021 (one resolved, one resolved and notified, one pending);
            // one received 2020 and resolved 2022; the sibling's
            f.denunciation(org(10), LocalDate.of(YEAR, 2, 1), LocalDate.of(YEAR, 3, 1), null);
            f.denunciation(org(11), LocalDate.of(YEAR, 5, 1), LocalDate.of(YEAR, 6, 1), LocalDate.of(YEAR, 6, 5));
            f.denunciation(org(12), LocalDate.of(YEAR, 12, 1), null, null);
            f.denunciation(org(13), LocalDate.of(YEAR - 1, 11, 1), LocalDate.of(YEAR + 1, 1, 5), null);
            f.denunciation(sibling(2), LocalDate.of(YEAR, 4, 1), LocalDate.of(YEAR, 4, 20), null);
            f.commit();
        }
        seeded = true;
    }

    private static void placeTree() {
        FakeMembershipTree.place(BLOC, null);
        FakeMembershipTree.place(REGION, BLOC);
        FakeMembershipTree.place(SIBLING, BLOC);
        ORGS.forEach(o -> FakeMembershipTree.place(o, REGION));
        SIBLING_ORGS.forEach(o -> FakeMembershipTree.place(o, SIBLING));
    }

    private static List<UUID> org(int i) {
        return List.of(ORGS.get(i), REGION, BLOC);
    }

    private static List<UUID> sibling(int i) {
        return List.of(SIBLING_ORGS.get(i), SIBLING, BLOC);
    }

    @Test
    void theRegionsYearIs164VisitsOf138OrganizationsAnd12Members() {
        stats(TestTokens.inspector(REGION), REGION, YEAR, "").statusCode(200)
                .body("organizationId", equalTo(REGION.toString()))
                .body("year", equalTo(YEAR))
                .body("inspections.visits", equalTo(164))
                .body("inspections.organizations", equalTo(138))
                .body("inspections.members", equalTo(12))
                .body("inspections.byKind.kind", contains("COMPLIANCE", "SIGNS_OF_VIOLATION", "LOWER_LEVEL_INSPECTION_WORK", "FINANCIAL"))
                .body("inspections.byKind.visits", contains(150, 3, 5, 6))
                .body("inspections.byKind.organizations", contains(130, 3, 5, 6))
                .body("inspections.byKind.members", contains(5, 4, 0, 4))
                .body("signsOfViolation.organizations", equalTo(3))
                .body("signsOfViolation.members", equalTo(4))
                .body("supervisions.visits", equalTo(40))
                .body("supervisions.organizations", equalTo(35))
                .body("supervisions.members", equalTo(6))
                .body("discipline.members.total", equalTo(4))
                .body("discipline.members.byForm", equalTo(Map.of("REPRIMAND", 2, "WARNING", 2)))
                .body("discipline.organizations.total", equalTo(0))
                .body("discipline.organizations.byForm", anEmptyMap())
                .body("suspensions", equalTo(4))
                .body("complaints.received", equalTo(2))
                .body("complaints.resolved", equalTo(2))
                .body("denunciations.received", equalTo(3))
                .body("denunciations.resolved", equalTo(2));
    }

    @Test
    void theResponseHasExactlyTheContractsFields() {
        Map<String, Object> json = stats(TestTokens.blocAdmin(), REGION, YEAR, "").statusCode(200).extract().jsonPath().getMap("$");
        assertEquals(Set.of("organizationId", "year", "asOf", "organizations", "inspections", "signsOfViolation", "supervisions", "discipline",
                "suspensions", "complaints", "denunciations"), json.keySet());
        assertEquals(Set.of("visits", "organizations", "members", "byKind"), map(json, "inspections").keySet());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> byKind = (List<Map<String, Object>>) map(json, "inspections").get("byKind");
        byKind.forEach(k -> assertEquals(Set.of("kind", "visits", "organizations", "members"), k.keySet()));
        assertEquals(Set.of("organizations", "members"), map(json, "signsOfViolation").keySet());
        assertEquals(Set.of("visits", "organizations", "members"), map(json, "supervisions").keySet());
        assertEquals(Set.of("members", "organizations"), map(json, "discipline").keySet());
        assertEquals(Set.of("total", "byForm"), map(map(json, "discipline"), "members").keySet());
        assertEquals(Set.of("received", "resolved"), map(json, "complaints").keySet());
        assertEquals(Set.of("received", "resolved"), map(json, "denunciations").keySet());
    }

    @Test
    void otherYearsDoNotLeakIn() {
        stats(TestTokens.blocAdmin(), REGION, YEAR - 1, "").statusCode(200)
                .body("inspections.visits", equalTo(1))
                .body("inspections.organizations", equalTo(1))
                .body("supervisions.visits", equalTo(1))
                .body("discipline.members.total", equalTo(1))
                .body("discipline.members.byForm", equalTo(Map.of("WARNING", 1)))
                .body("suspensions", equalTo(1))
                .body("complaints.received", equalTo(1))
                .body("complaints.resolved", equalTo(0))
                .body("denunciations.received", equalTo(1))
                .body("denunciations.resolved", equalTo(0));
        stats(TestTokens.blocAdmin(), REGION, YEAR + 1, "").statusCode(200)
                .body("inspections.visits", equalTo(1))
                .body("discipline.members.total", equalTo(0))
                .body("discipline.organizations.total", equalTo(1))
                .body("discipline.organizations.byForm", equalTo(Map.of("WARNING", 1)))
                .body("suspensions", equalTo(1))
                .body("denunciations.received", equalTo(0))
                .body("denunciations.resolved", equalTo(1));
    }

    @Test
    void aSiblingSubtreeDoesNotLeakInAndTheBlocSeesBoth() {
        stats(TestTokens.blocAdmin(), SIBLING, YEAR, "").statusCode(200)
                .body("inspections.visits", equalTo(2))
                .body("inspections.organizations", equalTo(2))
                .body("inspections.members", equalTo(1))
                .body("signsOfViolation.organizations", equalTo(1))
                .body("signsOfViolation.members", equalTo(1))
                .body("discipline.members.byForm", equalTo(Map.of("EXPULSION", 1)))
                .body("suspensions", equalTo(1))
                .body("complaints.received", equalTo(1))
                .body("denunciations.received", equalTo(1));
        stats(TestTokens.blocAdmin(), BLOC, YEAR, "").statusCode(200)
                .body("inspections.visits", equalTo(166))
                .body("inspections.organizations", equalTo(140))
                .body("inspections.members", equalTo(13))
                .body("supervisions.visits", equalTo(41))
                .body("discipline.members.total", equalTo(5))
                .body("discipline.members.byForm", equalTo(Map.of("REPRIMAND", 2, "WARNING", 2, "EXPULSION", 1)))
                .body("suspensions", equalTo(5))
                .body("complaints.received", equalTo(3))
                .body("complaints.resolved", equalTo(3))
                .body("denunciations.received", equalTo(4))
                .body("denunciations.resolved", equalTo(3));
    }

    @Test
    void anInspectingBodyCountsOnlyItsOwnInspectionsAndSupervisions() {
        // without the bloc's FINANCIAL inspections: 158 lượt, still 138 organizations (o0..o5 are also under COMPLIANCE), 9 members
        stats(TestTokens.inspector(REGION), REGION, YEAR, "&inspectingBodyId=" + REGION).statusCode(200)
                .body("inspections.visits", equalTo(158))
                .body("inspections.organizations", equalTo(138))
                .body("inspections.members", equalTo(9))
                .body("inspections.byKind.visits", contains(150, 3, 5, 0))
                .body("supervisions.visits", equalTo(40))
                .body("discipline.members.total", equalTo(4));
        stats(TestTokens.inspector(REGION), REGION, YEAR, "&inspectingBodyId=" + BLOC).statusCode(200)
                .body("inspections.visits", equalTo(6))
                .body("inspections.members", equalTo(4))
                .body("supervisions.visits", equalTo(0));
    }

    @Test
    void anInspectionCountsInTheYearOfItsDecisionStep() {
        UUID grassroots = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        FakeMembershipTree.place(grassroots, null);
        FakeMembershipTree.place(cell, grassroots);
        String inspector = TestTokens.inspector(grassroots);
        String id = given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(Map.of("kind", "FINANCIAL", "inspectingOrganizationId", grassroots.toString(),
                        "inspectingBody", "INSPECTION_COMMITTEE", "targetKind", "ORGANIZATION", "targetOrganizationId", cell.toString(),
                        "subject", "Kiểm tra thu, nộp đảng phí", "content", "Năm 2021"))
                .when().post("/api/inspection/inspections").then().statusCode(201).extract().path("id");
        int thisYear = LocalDate.now(PartyClock.VIETNAM).getYear();
        stats(inspector, grassroots, thisYear, "").statusCode(200).body("inspections.visits", equalTo(0));
        Map<String, Object> decision = new HashMap<>();
        decision.put("step", "DECISION");
        decision.put("date", LocalDate.of(YEAR, 12, 31).toString());
        decision.put("documentNumber", "05-QĐ/UBKT");
        decision.put("version", 0);
        given().auth().oauth2(inspector).contentType(ContentType.JSON).body(decision)
                .when().post("/api/inspection/inspections/" + id + "/steps").then().statusCode(200);
        stats(inspector, grassroots, YEAR, "").statusCode(200).body("inspections.visits", equalTo(1))
                .body("inspections.byKind.visits", contains(0, 0, 0, 1));
        stats(inspector, grassroots, YEAR + 1, "").statusCode(200).body("inspections.visits", equalTo(0));
    }

    @Test
    void whoMayReadTheFigures() {
        // none of the region's inspections is notified yet: a secretary's list shows none, so neither do the figures
        stats(TestTokens.secretary(REGION), REGION, YEAR, "").statusCode(200).body("inspections.visits", equalTo(0));
        stats(TestTokens.secretary(ORGS.get(0)), REGION, YEAR, "").statusCode(403).contentType("application/problem+json");
        stats(TestTokens.secretary(SIBLING), REGION, YEAR, "").statusCode(403);
        stats(TestTokens.inspector(SIBLING), REGION, YEAR, "").statusCode(403);
        stats(TestTokens.member(ORGS.get(0), MEMBERS.get(0)), REGION, YEAR, "").statusCode(403);
        stats(TestTokens.integration(BLOC), REGION, YEAR, "").statusCode(403);
        // services' own tokens read no figures (callers propagate the user's token); the retired shared role neither
        stats(retiredServiceToken(), REGION, YEAR, "").statusCode(403);
        stats(TestTokens.eventsService(), REGION, YEAR, "").statusCode(403);
        stats(TestTokens.inspectionService(), REGION, YEAR, "").statusCode(403);
        given().when().get(STATISTICS + "?organizationId=" + REGION + "&year=" + YEAR).then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(STATISTICS + "?organizationId=" + REGION).then().statusCode(400)
                .contentType("application/problem+json");
        stats(TestTokens.blocAdmin(), REGION, 1800, "").statusCode(400);
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(STATISTICS + "?organizationId=nope&year=2021").then().statusCode(404);
    }

    /**
     * A secretary's figures count what their lists show them, no more (before: every inspection, complaint and
     * denunciation of the subtree, notified or not); an inspector of the same subtree sees and counts everything.
     */
    @Test
    void aSecretarysFiguresEqualWhatTheirListsShow() throws SQLException {
        UUID grassroots = UUID.randomUUID();
        List<UUID> cells = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<UUID> members = List.of(UUID.randomUUID(), UUID.randomUUID());
        FakeMembershipTree.place(grassroots, null);
        cells.forEach(c -> FakeMembershipTree.place(c, grassroots));
        LocalDate day = LocalDate.of(YEAR, 3, 1);
        List<UUID> denunciations = new ArrayList<>();
        try (StatisticsFixture f = new StatisticsFixture(dataSource)) {
            // inspections: two notified (seen), three decided but not notified yet (hidden from the secretary)
            f.inspection("COMPLIANCE", grassroots, List.of(cells.get(0), grassroots), null, day, "NOTIFIED");
            f.inspection("FINANCIAL", grassroots, List.of(cells.get(1), grassroots), null, day, "NOTIFIED");
            for (UUID cell : cells) {
                f.inspection("COMPLIANCE", grassroots, List.of(cell, grassroots), null, day);
            }
            f.supervision(grassroots, List.of(cells.get(2), grassroots), null, day);
            // discipline: one decided (seen), one open (hidden)
            UUID decided = f.disciplineCase(List.of(cells.get(0), grassroots), members.get(0), "REPRIMAND", day);
            f.disciplineCase(List.of(cells.get(1), grassroots), members.get(1), "WARNING", null);
            // complaints: one resolved (seen), one open (hidden)
            f.complaint(decided, members.get(0), cells.get(0), day.plusDays(3), day.plusDays(20));
            f.complaint(decided, members.get(0), cells.get(0), day.plusDays(30), null);
            // denunciations: resolved, resolved and notified (seen), received only and pending (hidden)
            denunciations.add(f.denunciation(List.of(cells.get(0), grassroots), day, day.plusDays(10), null));
            denunciations.add(f.denunciation(List.of(cells.get(1), grassroots), day, day.plusDays(10), day.plusDays(12)));
            denunciations.add(f.denunciation(List.of(cells.get(2), grassroots), day, null, null));
            f.commit();
        }
        String secretary = TestTokens.secretary(grassroots);
        ValidatableResponse figures = stats(secretary, grassroots, YEAR, "").statusCode(200)
                .body("inspections.visits", equalTo(2))
                .body("inspections.organizations", equalTo(2))
                .body("supervisions.visits", equalTo(1))
                .body("discipline.members.total", equalTo(1))
                .body("complaints.received", equalTo(1))
                .body("complaints.resolved", equalTo(1))
                .body("denunciations.received", equalTo(2))
                .body("denunciations.resolved", equalTo(2));

        // ... which is exactly what the secretary's lists and reads show
        figures.body("inspections.visits", equalTo(total(secretary, "/api/inspection/inspections?organizationId="
                + grassroots + "&year=" + YEAR)));
        figures.body("supervisions.visits", equalTo(total(secretary, "/api/inspection/supervisions?organizationId="
                + grassroots + "&year=" + YEAR)));
        figures.body("discipline.members.total", equalTo(total(secretary, "/api/inspection/discipline/cases?organizationId="
                + grassroots)));
        figures.body("complaints.received", equalTo(total(secretary, "/api/inspection/complaints?organizationId=" + grassroots)));
        int readable = 0;
        for (UUID id : denunciations) {
            int status = given().auth().oauth2(secretary).when().get("/api/inspection/denunciations/" + id).then()
                    .extract().statusCode();
            readable += status == 200 ? 1 : 0;
        }
        figures.body("denunciations.received", equalTo(readable));

        // an inspector of the subtree sees (and counts) everything
        stats(TestTokens.inspector(grassroots), grassroots, YEAR, "").statusCode(200)
                .body("inspections.visits", equalTo(5))
                .body("inspections.organizations", equalTo(3))
                .body("complaints.received", equalTo(2))
                .body("complaints.resolved", equalTo(1))
                .body("denunciations.received", equalTo(3))
                .body("denunciations.resolved", equalTo(2));
    }

    private static int total(String token, String url) {
        return given().auth().oauth2(token).when().get(url).then().statusCode(200).extract().path("totalItems");
    }

    private static String retiredServiceToken() {
        return TestTokens.token("service-account-party-services", Set.of("party-service"), BLOC, null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> json, String key) {
        return (Map<String, Object>) json.get(key);
    }

    private static ValidatableResponse stats(String token, UUID organization, int year, String query) {
        return given().auth().oauth2(token).when()
                .get(STATISTICS + "?organizationId=" + organization + "&year=" + year + query).then();
    }
}
