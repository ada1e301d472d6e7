package vn.party.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import vn.party.testsupport.TestTokens;

/**
 * Issue 12, first acceptance point: inspection and events decide scope from their own replica of membership's
 * organization tree. With membership-service stopped they still answer scoped reads and writes that need only the
 * tree (and refuse what lies outside the caller's subtree); once membership is back, later changes — a new cell, a
 * cell moved to another grassroots organization — reach both replicas in order; a replica whose service was down
 * resumes from its stored cursor.
 */
class OrganizationReplicaIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration WAIT = Duration.ofSeconds(60);

    static SystemUnderTest system;
    static Fixtures fixtures;
    static UUID bloc;
    /** Two grassroots organizations, each with one cell at the start. */
    static UUID construction;
    static UUID transport;
    static UUID constructionCell;
    static UUID transportCell;

    @BeforeAll
    static void tree() {
        system = SystemUnderTest.get();
        fixtures = new Fixtures(system);
        bloc = fixtures.organization("Đảng bộ Khối (bản sao cây tổ chức)", "BLOC_COMMITTEE", null);
        construction = fixtures.organization("Đảng bộ Sở Xây dựng (bản sao)", "GRASSROOTS_COMMITTEE", bloc);
        transport = fixtures.organization("Đảng bộ Sở Giao thông (bản sao)", "GRASSROOTS_COMMITTEE", bloc);
        constructionCell = fixtures.organization("Chi bộ Phòng Quản lý xây dựng", "SUBORDINATE_CELL", construction);
        transportCell = fixtures.organization("Chi bộ Phòng Quản lý giao thông", "SUBORDINATE_CELL", transport);
    }

    @Test
    void answersFromItsReplicaWhileMembershipIsDownAndFollowsItsChangesInOrderOnceItIsBack() {
        LocalDate today = LocalDate.now(VIETNAM);
        String inspector = TestTokens.inspector(construction);
        String secretary = TestTokens.secretary(construction);
        UUID supervision;
        UUID meeting;
        UUID task;

        ServiceProcess membership = system.service("membership");
        membership.stop();
        try {
            // both replicas notice that membership is gone: what follows is answered from them alone
            awaitTrue("inspection's replica reports the feed unavailable",
                    () -> replicaStatus("inspection").getString("lastFailure") != null);
            awaitTrue("events' replica reports the feed unavailable",
                    () -> replicaStatus("events").getString("lastFailure") != null);

            // inspection: the grassroots inspection committee plans its year and supervises its cell
            String plan = inspection(inspector).body(Map.of("inspectingOrganizationId", construction,
                            "inspectingBody", "INSPECTION_COMMITTEE", "year", today.getYear(),
                            "title", "Chương trình kiểm tra, giám sát năm " + today.getYear()))
                    .post("/api/inspection/plans").then().statusCode(201).extract().path("id");
            List<String> plans = inspection(inspector).queryParam("organizationId", construction)
                    .get("/api/inspection/plans").then().statusCode(200).extract().path("items.id");
            assertEquals(List.of(plan), plans);
            supervision = openSupervision(inspector, construction, constructionCell, today, 201);
            assertEquals(List.of(supervision.toString()), supervisionsOf(inspector, constructionCell, 200));
            assertEquals(List.of(supervision.toString()), supervisionsOf(secretary, constructionCell, 200));

            // events: the grassroots secretary schedules the cell's meeting, and a resolution's follow-up task for it
            meeting = scheduleMeeting(secretary, constructionCell, today.plusDays(3), 201);
            assertEquals(List.of(meeting.toString()), meetingsOf(secretary, constructionCell, 200));
            task = followUpTask(secretary, construction, constructionCell, today);
            List<String> tasks = events(secretary).queryParam("assigneeId", constructionCell)
                    .get("/api/events/tasks").then().statusCode(200).extract().path("items.id");
            assertEquals(List.of(task.toString()), tasks);

            // the other grassroots organization is outside their subtree: refused, membership or not
            inspection(inspector).body(Map.of("inspectingOrganizationId", transport,
                            "inspectingBody", "INSPECTION_COMMITTEE", "year", today.getYear(), "title", "Không được"))
                    .post("/api/inspection/plans").then().statusCode(403);
            openSupervision(inspector, transport, transportCell, today, 403);
            supervisionsOf(inspector, transportCell, 403);
            scheduleMeeting(secretary, transportCell, today.plusDays(3), 403);
            meetingsOf(secretary, transportCell, 403);
            events(secretary).queryParam("assigneeId", transportCell).get("/api/events/tasks")
                    .then().statusCode(403);
        } finally {
            if (!membership.isRunning()) {
                membership.start();
            }
        }

        // after the restart: a new cell under the grassroots organization reaches both replicas...
        UUID newCell = fixtures.organization("Chi bộ Phòng Hạ tầng kỹ thuật (mới)", "SUBORDINATE_CELL", construction);
        openSupervision(inspector, construction, newCell, today, 201);
        scheduleMeeting(secretary, newCell, today.plusDays(4), 201);

        // ...then a move of the cell that got the supervision, the meeting and the task to the other organization
        move(constructionCell, transport, today);
        // ...and a cell created and moved at once: the replicas apply the two changes in membership's order
        UUID movedAtOnce = createOrganization("Chi bộ Phòng Vận tải (chuyển ngay)", "SUBORDINATE_CELL", construction);
        move(movedAtOnce, transport, today);
        fixtures.awaitReplicas();

        String transportSecretary = TestTokens.secretary(transport);
        String transportInspector = TestTokens.inspector(transport);
        for (UUID moved : List.of(constructionCell, movedAtOnce)) {
            scheduleMeeting(secretary, moved, today.plusDays(5), 403);
            // no longer below the construction committee: its inspectors may not list or take it up
            openSupervision(inspector, construction, moved, today, 422);
            supervisionsOf(inspector, moved, 403);
            scheduleMeeting(transportSecretary, moved, today.plusDays(5), 201);
            openSupervision(transportInspector, transport, moved, today, 201);
        }
        // what was recorded about the moved cell while membership was down is now the new organization's to read
        assertTrue(meetingsOf(transportSecretary, constructionCell, 200).contains(meeting.toString()));
        assertTrue(supervisionsOf(transportInspector, constructionCell, 200).contains(supervision.toString()));
        meetingsOf(secretary, constructionCell, 403);

        long head = feedHead();
        for (String service : List.of("inspection", "events")) {
            // the status is the last poll's: bounded wait for a poll that has seen the head
            awaitTrue(service + "'s replica status at membership's head " + head,
                    () -> replicaStatus(service).getLong("head") == head);
            JsonPath status = replicaStatus(service);
            assertEquals(head, status.getLong("cursor"), service + ": cursor at membership's head");
            assertEquals(0, status.getLong("lag"), service + ": no lag");
            assertNull(status.getString("lastFailure"), service + ": the feed answers again");
        }
    }

    @Test
    void eventsResumesFromItsStoredCursorAfterItWasDown() {
        LocalDate today = LocalDate.now(VIETNAM);
        String secretary = TestTokens.secretary(construction);
        ServiceProcess events = system.service("events");
        fixtures.awaitReplicas();
        JsonPath before = replicaStatus("events");
        long cursorBefore = before.getLong("cursor");
        long generation = before.getLong("generation");
        assertTrue(cursorBefore > 0, "the replica has applied the tree: " + before.prettify());

        UUID newCell;
        events.stop();
        try {
            // changed while events is down: only inspection's replica can follow for now
            newCell = createOrganization("Chi bộ Phòng Thẩm định (khi events dừng)", "SUBORDINATE_CELL", construction);
        } finally {
            if (!events.isRunning()) {
                events.start();
            }
        }

        JsonPath resumed = replicaStatus("events");
        assertEquals(generation, resumed.getLong("generation"), "not rebuilt: " + resumed.prettify());
        assertTrue(resumed.getLong("cursor") >= cursorBefore,
                "resumed from the stored cursor " + cursorBefore + ", not from zero: " + resumed.prettify());
        fixtures.awaitReplicas();
        assertEquals(generation, replicaStatus("events").getLong("generation"), "still the same generation");

        UUID meeting = scheduleMeeting(secretary, newCell, today.plusDays(2), 201);
        assertEquals(List.of(meeting.toString()), meetingsOf(secretary, newCell, 200));
        scheduleMeeting(TestTokens.secretary(transport), newCell, today.plusDays(2), 403);
    }

    // --- membership: the tree's changes, as the bloc office makes them

    /** Created in membership only: unlike {@link Fixtures#organization}, does not wait for the replicas. */
    private static UUID createOrganization(String name, String type, UUID parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "ST-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", name);
        body.put("type", type);
        body.put("parentId", parentId);
        String id = given().baseUri(system.url("membership")).auth().oauth2(TestTokens.blocAdmin())
                .contentType(ContentType.JSON).body(body)
                .post("/api/membership/organizations").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static void move(UUID organization, UUID newParent, LocalDate effectiveOn) {
        String path = "/api/membership/organizations/" + organization;
        Number version = given().baseUri(system.url("membership")).auth().oauth2(TestTokens.blocAdmin())
                .get(path).then().statusCode(200).extract().path("version");
        given().baseUri(system.url("membership")).auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("parentId", newParent, "effectiveOn", effectiveOn.toString(),
                        "decisionRef", "12-QĐ/ĐUK", "version", version.longValue()))
                .post(path + "/move").then().statusCode(200);
    }

    private static long feedHead() {
        return given().baseUri(system.url("membership")).auth().oauth2(TestTokens.inspectionService())
                .queryParam("after", 0).queryParam("limit", 1)
                .get("/api/membership/organization-feed")
                .then().statusCode(200).extract().jsonPath().getLong("head");
    }

    // --- inspection and events, as their staff use them

    private static UUID openSupervision(String token, UUID inspecting, UUID target, LocalDate today, int status) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "THEMATIC");
        body.put("inspectingOrganizationId", inspecting);
        body.put("inspectingBody", "INSPECTION_COMMITTEE");
        body.put("targetKind", "ORGANIZATION");
        body.put("targetOrganizationId", target);
        body.put("subject", "Giám sát việc thực hiện quy chế làm việc");
        body.put("content", "Giám sát chuyên đề việc thực hiện quy chế làm việc của chi bộ");
        body.put("periodFrom", today.withDayOfYear(1).toString());
        body.put("periodTo", today.toString());
        var response = inspection(token).body(body).post("/api/inspection/supervisions").then().statusCode(status);
        return status == 201 ? UUID.fromString(response.extract().path("id")) : null;
    }

    private static List<String> supervisionsOf(String token, UUID organization, int status) {
        var response = inspection(token).queryParam("organizationId", organization)
                .get("/api/inspection/supervisions").then().statusCode(status);
        return status == 200 ? response.extract().path("items.id") : List.of();
    }

    private static UUID scheduleMeeting(String token, UUID organization, LocalDate day, int status) {
        OffsetDateTime startsAt = day.atTime(LocalTime.of(14, 0)).atZone(VIETNAM).toOffsetDateTime();
        var response = events(token).body(Map.of("organizationId", organization, "kind", "MONTHLY_CELL_MEETING",
                        "title", "Sinh hoạt chi bộ tháng " + day.getMonthValue(), "location", "Phòng họp tầng 2",
                        "startsAt", startsAt.toString()))
                .post("/api/events/meetings").then().statusCode(status);
        return status == 201 ? UUID.fromString(response.extract().path("id")) : null;
    }

    private static List<String> meetingsOf(String token, UUID organization, int status) {
        var response = events(token).queryParam("organizationId", organization).get("/api/events/meetings")
                .then().statusCode(status);
        return status == 200 ? response.extract().path("items.id") : List.of();
    }

    /** The grassroots committee's meeting yesterday issues a resolution; its follow-up task goes to {@code lead}. */
    private static UUID followUpTask(String token, UUID issuer, UUID lead, LocalDate today) {
        OffsetDateTime yesterday = today.minusDays(1).atTime(LocalTime.of(8, 0)).atZone(VIETNAM).toOffsetDateTime();
        String meeting = events(token).body(Map.of("organizationId", issuer, "kind", "THEMATIC_MEETING",
                        "title", "Hội nghị chuyên đề", "location", "Hội trường", "startsAt", yesterday.toString()))
                .post("/api/events/meetings").then().statusCode(201).extract().path("id");
        String document = events(token).body(Map.of("type", "RESOLUTION", "issuerAbbreviation", "ĐU",
                        "title", "Nghị quyết chuyên đề", "issuedOn", today.toString()))
                .post("/api/events/meetings/" + meeting + "/documents").then().statusCode(201).extract().path("id");
        String task = events(token).body(Map.of("title", "Triển khai nghị quyết tại chi bộ", "leadOrganizationId", lead,
                        "deadline", today.plusDays(30).toString()))
                .post("/api/events/documents/" + document + "/tasks").then().statusCode(201).extract().path("id");
        return UUID.fromString(task);
    }

    private static JsonPath replicaStatus(String service) {
        return given().baseUri(system.url(service)).auth().oauth2(TestTokens.blocAdmin())
                .get("/api/" + service + "/organization-replica").then().statusCode(200).extract().jsonPath();
    }

    private static RequestSpecification inspection(String token) {
        return given().baseUri(system.url("inspection")).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static RequestSpecification events(String token) {
        return given().baseUri(system.url("events")).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static void awaitTrue(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return;
            }
            ServiceProcess.sleep(250);
        }
        throw new AssertionError("Timed out waiting for: " + what);
    }
}
