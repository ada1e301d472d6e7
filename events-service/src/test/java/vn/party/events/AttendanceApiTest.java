package vn.party.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.common.time.PartyClock;
import vn.party.events.commendation.FakeMembershipDirectory;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;
import vn.party.testsupport.clock.PinClock;
import vn.party.testsupport.clock.PinnedClock;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
class AttendanceApiTest {

    private static final String BASE = "/api/events/meetings";

    @Inject
    EntityManager entityManager;

    private final UUID bloc = UUID.randomUUID();
    private final UUID cell = UUID.randomUUID();
    private final UUID otherCell = UUID.randomUUID();
    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private final UUID carol = UUID.randomUUID();
    private final UUID stranger = UUID.randomUUID();

    @BeforeEach
    void tree() {
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(cell, bloc);
        FakeMembershipTree.place(otherCell, bloc);
    }

    @Test
    void plenumsAreNumberedSequentiallyPerOrganizationAndTerm() {
        assertPlenum(cell, "XIX", 1);
        assertPlenum(cell, "XIX", 2);
        assertPlenum(cell, "XX", 1);
        assertPlenum(otherCell, "XIX", 1);
        String id = assertPlenum(cell, "XIX", 3);
        given().auth().oauth2(TestTokens.inspector(bloc)).when().get(BASE + "/" + id)
                .then().statusCode(200).body("plenumName", equalTo("Hội nghị BCH lần thứ 3, khóa XIX"));

        Map<String, Object> noTerm = meeting(cell, Instant.now().plus(10, ChronoUnit.DAYS));
        noTerm.put("kind", "COMMITTEE_PLENUM");
        given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON).body(noTerm)
                .when().post(BASE).then().statusCode(400).body("errors[0].field", equalTo("term"));
    }

    @Test
    void concurrentPlenumsGetDistinctConsecutiveNumbers() throws Exception {
        UUID committee = UUID.randomUUID();
        FakeMembershipTree.place(committee, bloc);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> {
                    Map<String, Object> body = meeting(committee, Instant.now().plus(40, ChronoUnit.DAYS));
                    body.put("kind", "COMMITTEE_PLENUM");
                    body.put("term", "XX");
                    return given().auth().oauth2(TestTokens.secretary(committee)).contentType(ContentType.JSON)
                            .body(body).when().post(BASE).then().statusCode(201).extract().<Integer>path("plenumNumber");
                }));
            }
            List<Integer> numbers = new java.util.ArrayList<>();
            for (var answer : answers) {
                numbers.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            numbers.sort(Integer::compareTo);
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), numbers);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void agendaMinutesAndAttachmentsWithVersions() {
        String id = schedule(cell, Instant.now().plus(3, ChronoUnit.DAYS));
        String secretary = TestTokens.secretary(cell);
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "items", List.of(
                        Map.of("title", "Kiểm điểm nghị quyết tháng trước"),
                        Map.of("title", "Thu đảng phí", "presenter", "Đồng chí Lan", "durationMinutes", 15))))
                .when().put(BASE + "/" + id + "/agenda")
                .then().statusCode(200)
                .body("title", contains("Kiểm điểm nghị quyết tháng trước", "Thu đảng phí"))
                .body("position", contains(1, 2));
        // replacing reorders: positions are reassigned without clashing with the old rows
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "items", List.of(Map.of("title", "Thu đảng phí"),
                        Map.of("title", "Kiểm điểm nghị quyết tháng trước"), Map.of("title", "Ý kiến đảng viên"))))
                .when().put(BASE + "/" + id + "/agenda")
                .then().statusCode(200)
                .body("title", contains("Thu đảng phí", "Kiểm điểm nghị quyết tháng trước", "Ý kiến đảng viên"));
        // the agenda bumped the meeting's version: an edit based on 0 is stale
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "text", "Biên bản")).when().put(BASE + "/" + id + "/minutes")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("version", 2, "text", "Biên bản họp chi bộ")).when().put(BASE + "/" + id + "/minutes")
                .then().statusCode(200).body("minutes", equalTo("Biên bản họp chi bộ")).body("version", equalTo(3));

        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("fileName", "bien-ban.pdf", "mediaType", "application/pdf", "sizeBytes", 123456,
                        "checksum", "sha256:" + "ab".repeat(32)))
                .when().post(BASE + "/" + id + "/attachments").then().statusCode(201)
                .body("fileName", equalTo("bien-ban.pdf"));
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("fileName", "x.pdf", "mediaType", "pdf", "sizeBytes", -1, "checksum", "md5:1"))
                .when().post(BASE + "/" + id + "/attachments").then().statusCode(400)
                .body("errors.field", hasItem("mediaType")).body("errors.field", hasItem("sizeBytes"))
                .body("errors.field", hasItem("checksum"));
        given().auth().oauth2(TestTokens.inspector(bloc)).when().get(BASE + "/" + id + "/attachments")
                .then().statusCode(200).body("$", hasSize(1));
    }

    /** Pinned at noon in Vietnam in mid-June, so that "a day ago" and "two hours ago" are in this year at any hour. */
    @Test
    @PinClock("2026-06-15T05:00:00Z")
    void attendanceIsRecordedByTheSecretaryWithReasonsAndRatesAreComputed() {
        assertEquals(LocalDate.of(2026, 6, 15), PinnedClock.today(), "the clock is pinned");
        String id = schedule(cell, PartyClock.instant().minus(1, ChronoUnit.DAYS));
        String secretary = TestTokens.secretary(cell);
        String a = invite(id, alice);
        String b = invite(id, bob);
        String c = invite(id, carol);
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("guestName", "Nguyễn Văn An", "guestTitle", "Phó Bí thư Đảng ủy Khối"))
                .when().post(BASE + "/" + id + "/invitees").then().statusCode(201);
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body(Map.of("memberId", alice.toString()))
                .when().post(BASE + "/" + id + "/invitees").then().statusCode(409);

        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "status", "EXCUSED"))
                .when().put(BASE + "/" + id + "/invitees/" + b + "/attendance")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        record(id, a, "PRESENT", null);
        record(id, b, "EXCUSED", "Đi công tác");
        record(id, c, "ABSENT", null);
        given().auth().oauth2(TestTokens.secretary(otherCell)).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "status", "PRESENT"))
                .when().put(BASE + "/" + id + "/invitees/" + c + "/attendance")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "status", "PRESENT"))
                .when().put(BASE + "/" + id + "/invitees/" + c + "/attendance")
                .then().statusCode(409);

        // every change is audited, with who made it
        assertEquals(List.of("CREATE:secretary-" + cell, "UPDATE:secretary-" + cell), audit("meeting-invitee", b));

        given().auth().oauth2(TestTokens.inspector(bloc)).when().get(BASE + "/" + id + "/attendance")
                .then().statusCode(200)
                .body("invitedMembers", equalTo(3)).body("present", equalTo(1)).body("excused", equalTo(1))
                .body("absent", equalTo(1)).body("guests", equalTo(1)).body("ratePercent", equalTo(33.3f));

        int year = 2026;
        String second = schedule(cell, PartyClock.instant().minus(2, ChronoUnit.HOURS));
        record(second, invite(second, bob), "PRESENT", null);
        given().auth().oauth2(TestTokens.member(cell, bob)).queryParam("year", year)
                .when().get("/api/events/members/" + bob + "/attendance")
                .then().statusCode(200)
                .body("invitedToHeldMeetings", equalTo(2)).body("present", equalTo(1)).body("excused", equalTo(1))
                .body("ratePercent", equalTo(50.0f)).body("meetings", hasSize(2));
        given().auth().oauth2(TestTokens.member(cell, alice)).queryParam("year", year)
                .when().get("/api/events/members/" + bob + "/attendance")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.secretary(cell)).queryParam("year", year)
                .when().get("/api/events/members/" + bob + "/attendance")
                .then().statusCode(200).body("present", equalTo(1));
        // a secretary of another cell sees none of these meetings
        given().auth().oauth2(TestTokens.secretary(otherCell)).queryParam("year", year)
                .when().get("/api/events/members/" + bob + "/attendance")
                .then().statusCode(200).body("meetings", hasSize(0)).body("ratePercent", nullValue());
        given().auth().oauth2(TestTokens.member(cell, bob))
                .when().get("/api/events/members/" + bob + "/attendance")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().queryParam("year", year).when().get("/api/events/members/" + bob + "/attendance")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void presenceIsRecordedOnlyOnceTheMeetingBeginsButAnExcuseMayComeEarlier() {
        String id = schedule(cell, Instant.now().plus(2, ChronoUnit.DAYS));
        String a = invite(id, alice);
        given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "status", "ABSENT"))
                .when().put(BASE + "/" + id + "/invitees/" + a + "/attendance")
                .then().statusCode(422).body("errors[0].field", equalTo("attendance-before-meeting"));
        record(id, a, "EXCUSED", "Nghỉ phép");
    }

    @Test
    void anInviteeChecksInOnlyInsideTheWindow() {
        String now = schedule(cell, Instant.now().plus(10, ChronoUnit.MINUTES));
        String later = schedule(cell, Instant.now().plus(1, ChronoUnit.DAYS));
        String earlier = schedule(cell, Instant.now().minus(3, ChronoUnit.HOURS));
        invite(now, alice);
        invite(later, alice);
        invite(earlier, alice);

        given().auth().oauth2(TestTokens.member(cell, alice)).when().post(BASE + "/" + now + "/check-in")
                .then().statusCode(200).body("attendance", equalTo("PRESENT")).body("selfCheckIn", equalTo(true));
        given().auth().oauth2(TestTokens.member(cell, alice)).when().get(BASE + "/" + now)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.member(cell, alice)).when().post(BASE + "/" + later + "/check-in")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("check-in-window"));
        given().auth().oauth2(TestTokens.member(cell, alice)).when().post(BASE + "/" + earlier + "/check-in")
                .then().statusCode(422).body("errors[0].field", equalTo("check-in-window"));
        given().auth().oauth2(TestTokens.member(cell, stranger)).when().post(BASE + "/" + now + "/check-in")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.member(cell, stranger)).when().get(BASE + "/" + now)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.secretary(cell)).when().post(BASE + "/" + now + "/check-in")
                .then().statusCode(403);
        given().when().post(BASE + "/" + now + "/check-in").then().statusCode(401);

        String inviteeId = given().auth().oauth2(TestTokens.secretary(cell)).when().get(BASE + "/" + now + "/invitees")
                .then().statusCode(200).body("[0].attendance", equalTo("PRESENT"))
                .body("[0].recordedBy", equalTo("member-" + alice)).extract().path("[0].id");
        assertEquals(List.of("CREATE:secretary-" + cell, "UPDATE:member-" + alice), audit("meeting-invitee", inviteeId));
    }

    @SuppressWarnings("unchecked")
    private List<String> audit(String entityType, String entityId) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) entityManager.createNativeQuery(
                        "select action, actor from audit_log where entity_type = ?1 and entity_id = ?2 order by id")
                .setParameter(1, entityType).setParameter(2, entityId).getResultList())
                .stream().map(row -> row[0] + ":" + row[1]).toList());
    }

    private String assertPlenum(UUID organization, String term, int expected) {
        Map<String, Object> body = meeting(organization, Instant.now().plus(30, ChronoUnit.DAYS));
        body.put("kind", "COMMITTEE_PLENUM");
        body.put("term", term);
        return given().auth().oauth2(TestTokens.secretary(organization)).contentType(ContentType.JSON).body(body)
                .when().post(BASE).then().statusCode(201)
                .body("plenumNumber", equalTo(expected)).body("term", equalTo(term))
                .extract().path("id");
    }

    private String schedule(UUID organization, Instant startsAt) {
        return given().auth().oauth2(TestTokens.secretary(organization)).contentType(ContentType.JSON)
                .body(meeting(organization, startsAt)).when().post(BASE)
                .then().statusCode(201).extract().path("id");
    }

    private String invite(String meetingId, UUID member) {
        FakeMembershipDirectory.memberOf(member, cell);
        return given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON)
                .body(Map.of("memberId", member.toString()))
                .when().post(BASE + "/" + meetingId + "/invitees").then().statusCode(201).extract().path("id");
    }

    private void record(String meetingId, String inviteeId, String status, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("version", 0, "status", status));
        if (reason != null) {
            body.put("reason", reason);
        }
        given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON).body(body)
                .when().put(BASE + "/" + meetingId + "/invitees/" + inviteeId + "/attendance")
                .then().statusCode(200).body("attendance", equalTo(status)).body("version", equalTo(1));
    }

    static Map<String, Object> meeting(UUID organization, Instant startsAt) {
        return new HashMap<>(Map.of("organizationId", organization.toString(), "kind", "MONTHLY_CELL_MEETING",
                "title", "Sinh hoạt chi bộ", "startsAt", startsAt.toString(), "location", "Phòng họp tầng 3"));
    }
}
