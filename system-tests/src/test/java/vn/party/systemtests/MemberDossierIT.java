package vn.party.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.party.testsupport.TestTokens;

/**
 * A member's dossier composed by the gateway from the three running services: every section with its owner's
 * content, the member reading their own, another member refused, and events-service stopped → a partial answer
 * that still shows what membership and inspection know.
 */
class MemberDossierIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int Y = LocalDate.now(VIETNAM).getYear() - 1;
    static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);

    static SystemUnderTest system;
    static UUID grassroots;
    static UUID cell;
    static UUID member;
    static UUID otherMember;

    @BeforeAll
    static void memberWithAHistory() {
        system = SystemUnderTest.get();
        Fixtures fixtures = new Fixtures(system);
        // founded long before the history below: a body decides only on a date it exists (inspection's replica)
        UUID bloc = fixtures.organization("Đảng bộ Khối (hồ sơ đảng viên)", "BLOC_COMMITTEE", null, FOUNDED);
        grassroots = fixtures.organization("Đảng bộ Sở Khoa học và Công nghệ", "GRASSROOTS_COMMITTEE", bloc, FOUNDED);
        cell = fixtures.organization("Chi bộ Phòng Quản lý công nghệ", "SUBORDINATE_CELL", grassroots, FOUNDED);
        // admitted in June two years ago, recognised official after twelve months: two statuses in the history
        member = fixtures.member("Ngô Thị Hạnh", cell, LocalDate.of(Y - 1, 6, 1), LocalDate.of(Y, 6, 1));
        otherMember = fixtures.officialMember("Tạ Văn Phúc", cell);

        fixtures.discipline(member, "REPRIMAND", "CELL", cell, 5, 3, 2, LocalDate.of(Y, 7, 1), LocalDate.of(Y, 9, 15));
        UUID inspection = UUID.fromString(inspection().body(Map.of("kind", "SIGNS_OF_VIOLATION",
                        "inspectingOrganizationId", grassroots, "inspectingBody", "INSPECTION_COMMITTEE",
                        "targetKind", "MEMBER", "targetMemberId", member,
                        "subject", "Kiểm tra khi có dấu hiệu vi phạm", "content", "Việc chấp hành quy chế"))
                .post("/api/inspection/inspections").then().statusCode(201).extract().path("id"));
        Integer version = inspection().get("/api/inspection/inspections/" + inspection)
                .then().statusCode(200).extract().path("version");
        inspection().body(Map.of("step", "DECISION", "date", LocalDate.of(Y, 5, 2).toString(),
                        "documentNumber", "07-QĐ/UBKT", "version", version))
                .post("/api/inspection/inspections/" + inspection + "/steps").then().statusCode(200);

        fixtures.rate(fixtures.ratingPeriod(Y), "MEMBER", member, cell, "GOOD", "84", LocalDate.of(Y, 12, 31));
        fixtures.commend("BIEU_DUONG", "CELL", cell, "09-QĐ/CB", LocalDate.of(Y, 9, 2),
                List.of(Map.of("memberId", member)));
        UUID meeting = fixtures.meeting(cell, "MONTHLY_CELL_MEETING",
                OffsetDateTime.of(Y, 10, 6, 14, 0, 0, 0, ZoneOffset.ofHours(7)));
        fixtures.attend(meeting, member, "PRESENT");
    }

    @Test
    void membershipAndEventsSectionsCarryTheirOwnersContent() {
        JsonPath dossier = dossier(TestTokens.blocAdmin()).then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
        assertEquals(member.toString(), dossier.getString("memberId"));
        assertEquals(Y, dossier.getInt("year"));
        for (String section : List.of("profile", "statusHistory", "attendance", "commendations")) {
            assertEquals("OK", dossier.getString(section + ".status"), section);
        }
        assertEquals(member.toString(), dossier.getString("profile.data.id"));
        assertEquals("Ngô Thị Hạnh", dossier.getString("profile.data.fullName"));
        assertEquals("OFFICIAL", dossier.getString("profile.data.status"));
        assertEquals(List.of("PROBATIONARY", "OFFICIAL"), dossier.getList("statusHistory.data.status"));
        assertEquals(List.of((Y - 1) + "-06-01", Y + "-06-01"), dossier.getList("statusHistory.data.effectiveOn"));
        assertEquals(1, dossier.getInt("attendance.data.present"));
        assertEquals(List.of("BIEU_DUONG"), dossier.getList("commendations.data.items.form"));
    }

    @Test
    void everySectionIsOkWhenAllServicesAreUp() {
        JsonPath dossier = dossier(TestTokens.blocAdmin()).then().statusCode(200).extract().jsonPath();
        assertFalse(dossier.getBoolean("partial"), "all parts answered: " + dossier.prettify());
        for (String section : List.of("profile", "statusHistory", "discipline", "inspections", "attendance", "ratings",
                "commendations")) {
            assertEquals("OK", dossier.getString(section + ".status"), section);
        }
        assertEquals(List.of("REPRIMAND"), dossier.getList("discipline.data.items.decision.form"));
        assertEquals(List.of(Y + "-09-15"), dossier.getList("discipline.data.items.decision.decisionDate"));
        assertEquals(List.of("SIGNS_OF_VIOLATION"), dossier.getList("inspections.data.items.kind"));
        assertEquals(List.of("GOOD"), dossier.getList("ratings.data.items.approval.level"));
    }

    @Test
    void theMemberReadsTheirOwnDossier() {
        JsonPath dossier = dossier(TestTokens.member(cell, member)).then().statusCode(200).extract().jsonPath();
        assertEquals("OK", dossier.getString("profile.status"));
        assertEquals(member.toString(), dossier.getString("profile.data.id"));
        assertEquals("OK", dossier.getString("statusHistory.status"));
        assertEquals(List.of("PROBATIONARY", "OFFICIAL"), dossier.getList("statusHistory.data.status"));
        assertEquals("OK", dossier.getString("commendations.status"), "a member may list their own commendations");
        assertEquals(List.of("BIEU_DUONG"), dossier.getList("commendations.data.items.form"));
        assertEquals("OK", dossier.getString("attendance.status"), "a member sees their own attendance");
        assertEquals(1, dossier.getInt("attendance.data.present"));
    }

    @Test
    void anotherMemberIsRefused() {
        dossier(TestTokens.member(cell, otherMember))
                .then().statusCode(403).contentType(containsString("application/problem+json"));
    }

    @Test
    void withEventsDownTheDossierIsPartialAndStillShowsTheMembersRecord() {
        JsonPath dossier = withEventsDown();
        assertTrue(dossier.getBoolean("partial"));
        for (String section : List.of("attendance", "ratings", "commendations")) {
            assertEquals("UNAVAILABLE", dossier.getString(section + ".status"), section);
            assertTrue(Set.of("connection", "circuit open", "timeout").contains(dossier.getString(section + ".reason")),
                    section + ": " + dossier.getString(section + ".reason"));
        }
        for (String section : List.of("profile", "statusHistory")) {
            assertEquals("OK", dossier.getString(section + ".status"), section);
        }
        assertEquals(member.toString(), dossier.getString("profile.data.id"));
        assertEquals(List.of("PROBATIONARY", "OFFICIAL"), dossier.getList("statusHistory.data.status"));
    }

    @Test
    void withEventsDownTheInspectionSectionsStillShow() {
        JsonPath dossier = withEventsDown();
        for (String section : List.of("discipline", "inspections")) {
            assertEquals("OK", dossier.getString(section + ".status"), section);
        }
        assertEquals(List.of("REPRIMAND"), dossier.getList("discipline.data.items.decision.form"));
        assertEquals(List.of("SIGNS_OF_VIOLATION"), dossier.getList("inspections.data.items.kind"));
    }

    /** The bloc admin's dossier read while events-service is stopped; events-service is started again after. */
    private static JsonPath withEventsDown() {
        ServiceProcess events = system.service("events");
        events.stop();
        try {
            return dossier(TestTokens.blocAdmin()).then().statusCode(200).extract().jsonPath();
        } finally {
            events.start();
            awaitEventsBackInTheDossier();
        }
    }

    /**
     * A freshly started events-service answers its first calls slowly and the gateway's breaker for it may still be
     * open from the calls that failed while it was down: the other tests need it back, so wait (bounded) until the
     * dossier shows its sections again.
     */
    private static void awaitEventsBackInTheDossier() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        String status = null;
        while (System.nanoTime() < deadline) {
            status = dossier(TestTokens.blocAdmin()).then().statusCode(200).extract().path("attendance.status");
            if ("OK".equals(status)) {
                return;
            }
            ServiceProcess.sleep(1_000);
        }
        throw new AssertionError("events-service did not come back in the dossier within 90 s: attendance " + status);
    }

    private static io.restassured.response.Response dossier(String token) {
        return given().baseUri(system.url("gateway")).auth().oauth2(token).queryParam("year", Y)
                .get("/api/members/" + member + "/dossier");
    }

    private static io.restassured.specification.RequestSpecification inspection() {
        return given().baseUri(system.url("inspection")).auth().oauth2(TestTokens.blocAdmin())
                .contentType(ContentType.JSON);
    }
}
