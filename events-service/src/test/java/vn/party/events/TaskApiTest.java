package vn.party.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.party.common.persistence.AuditEntry;
import vn.party.common.persistence.AuditTrail;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
class TaskApiTest {

    private final UUID bloc = UUID.randomUUID();
    private final UUID committee = UUID.randomUUID();
    private final UUID cellA = UUID.randomUUID();
    private final UUID cellB = UUID.randomUUID();
    private final UUID otherCommittee = UUID.randomUUID();
    private final UUID cellX = UUID.randomUUID();

    @Inject
    AuditTrail auditTrail;

    @BeforeEach
    void tree() {
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(committee, bloc);
        FakeMembershipTree.place(cellA, committee);
        FakeMembershipTree.place(cellB, committee);
        FakeMembershipTree.place(otherCommittee, bloc);
        FakeMembershipTree.place(cellX, otherCommittee);
    }

    @Test
    void aConclusionAssignsTasksTheLeadReportsProgressWithHistoryAndTheIssuerConfirmsClosure() {
        String conclusion = conclusion("2026-03-10");
        String task = assign(conclusion, task("Rà soát đảng viên", cellA, List.of(cellB.toString()), "2099-12-31"), 201)
                .body("documentSymbol", equalTo("01-KL/ĐU")).body("issuerId", equalTo(committee.toString()))
                .body("leadOrganizationId", equalTo(cellA.toString()))
                .body("coordinatingOrganizationIds", contains(cellB.toString()))
                .body("status", equalTo("NOT_STARTED")).body("percent", equalTo(0)).body("overdue", equalTo(false))
                .extract().path("id");
        int v0 = version(task);

        int v1 = report(TestTokens.secretary(cellA), task, v0, 40, "IN_PROGRESS", "Đã rà soát 2/5 chi bộ", 201)
                .body("percent", equalTo(40)).body("reports", hasSize(1)).extract().path("version");
        report(TestTokens.secretary(cellA), task, v1, 70, "IN_PROGRESS", "Đã rà soát 4/5 chi bộ", 201)
                .body("percent", equalTo(70)).body("status", equalTo("IN_PROGRESS"))
                .body("reports.percent", contains(40, 70)).body("reports.sequence", contains(1, 2))
                .body("reports[0].text", equalTo("Đã rà soát 2/5 chi bộ"));
        // stale version
        report(TestTokens.secretary(cellA), task, v1, 80, "IN_PROGRESS", "cũ", 409)
                .contentType("application/problem+json");
        int v2 = version(task);
        // coordinators and other organizations do not report
        report(TestTokens.secretary(cellB), task, v2, 80, "IN_PROGRESS", "x", 403);
        report(TestTokens.secretary(otherCommittee), task, v2, 80, "IN_PROGRESS", "x", 403);
        report(TestTokens.inspector(bloc), task, v2, 80, "IN_PROGRESS", "x", 403);
        // status and percent must agree
        report(TestTokens.secretary(cellA), task, v2, 90, "DONE", "x", 422)
                .body("errors[0].field", equalTo("task.report-inconsistent"));

        // readers: issuer, lead, coordinator, inspectors/integration in scope; not others
        for (String reader : List.of(TestTokens.secretary(committee), TestTokens.secretary(cellB),
                TestTokens.inspector(bloc), TestTokens.integration(committee), TestTokens.blocAdmin())) {
            given().auth().oauth2(reader).when().get("/api/events/tasks/" + task).then().statusCode(200)
                    .body("reports", hasSize(2));
        }
        given().auth().oauth2(TestTokens.secretary(cellX)).when().get("/api/events/tasks/" + task).then().statusCode(403);
        given().auth().oauth2(TestTokens.member(cellA, UUID.randomUUID())).when().get("/api/events/tasks/" + task)
                .then().statusCode(403);

        // closing at 70% is refused
        close(TestTokens.secretary(committee), task, Map.of("version", v2), 422)
                .body("errors[0].field", equalTo("task.close-incomplete"));

        int v3 = report(TestTokens.secretary(cellA), task, v2, 100, "DONE", "Hoàn thành, đã có báo cáo kết quả", 201)
                .body("status", equalTo("DONE")).extract().path("version");
        String evidence = given().auth().oauth2(TestTokens.secretary(cellA)).when().get("/api/events/tasks/" + task)
                .then().extract().path("reports[2].id");
        // the assignee does not confirm its own closure; an earlier (40%) report is no evidence
        close(TestTokens.secretary(cellA), task, Map.of("version", v3), 403);
        String firstReport = given().auth().oauth2(TestTokens.secretary(cellA)).when().get("/api/events/tasks/" + task)
                .then().extract().path("reports[0].id");
        close(TestTokens.secretary(committee), task, Map.of("version", v3, "evidenceReportId", firstReport), 422)
                .body("errors[0].field", equalTo("task.close-incomplete"));
        close(TestTokens.secretary(committee), task, Map.of("version", v3, "evidenceReportId", UUID.randomUUID().toString()), 400)
                .body("errors[0].field", equalTo("evidenceReportId"));
        close(TestTokens.secretary(committee), task, Map.of("version", v3, "note", "Đã kiểm tra kết quả"), 200)
                .body("closed", equalTo(true)).body("closingReportId", equalTo(evidence))
                .body("closedBy", equalTo("secretary-" + committee));
        report(TestTokens.secretary(cellA), task, version(task), 100, "DONE", "lại", 422)
                .body("errors[0].field", equalTo("task.closed"));

        // the coordinating organization sees it among its assignments; the document lists it
        given().auth().oauth2(TestTokens.secretary(cellB)).queryParam("assigneeId", cellB)
                .when().get("/api/events/tasks").then().statusCode(200).body("items.id", contains(task));
        given().auth().oauth2(TestTokens.inspector(committee)).when().get("/api/events/documents/" + conclusion + "/tasks")
                .then().statusCode(200).body("id", contains(task));

        List<String> actions = auditTrail.history("follow-up-task", task).stream().map(entry -> entry.action).toList();
        assertEquals(List.of("CREATE", "REPORT", "REPORT", "REPORT", "CLOSE"), actions);
        AuditEntry closing = auditTrail.history("follow-up-task", task).get(4);
        assertEquals("secretary-" + committee, closing.actor);
    }

    @Test
    void overdueTasksShowInTheIssuingLevelsListUntilDone() {
        String conclusion = conclusion("2025-03-10");
        String late = assign(conclusion, task("Kiện toàn cấp ủy", cellA, List.of(), "2025-06-30"), 201)
                .body("overdue", equalTo(true)).body("daysOverdue", greaterThan(0)).extract().path("id");
        String alsoLate = assign(conclusion, task("Thu đảng phí", cellB, List.of(cellA.toString()), "2025-04-01"), 201)
                .extract().path("id");
        String notDue = assign(conclusion, task("Tổng kết", cellA, List.of(), "2099-01-01"), 201).extract().path("id");

        for (String reader : List.of(TestTokens.secretary(committee), TestTokens.secretary(bloc),
                TestTokens.inspector(bloc), TestTokens.blocAdmin())) {
            overdue(reader, "issuerId", committee, 200).body("items.id", contains(alsoLate, late))
                    .body("totalItems", equalTo(2)).body("items.overdue", contains(true, true));
        }
        given().auth().oauth2(TestTokens.secretary(committee)).queryParam("issuerId", committee)
                .when().get("/api/events/tasks").then().statusCode(200)
                .body("items.id", containsInAnyOrder(late, alsoLate, notDue));
        overdue(TestTokens.secretary(otherCommittee), "issuerId", committee, 403);
        overdue(TestTokens.secretary(cellA), "issuerId", committee, 403);
        // the assignee's own list: as lead or coordinator
        overdue(TestTokens.secretary(cellA), "assigneeId", cellA, 200).body("items.id", contains(alsoLate, late));
        overdue(TestTokens.secretary(cellB), "assigneeId", cellB, 200).body("items.id", contains(alsoLate));

        report(TestTokens.secretary(cellA), late, version(late), 100, "DONE", "Đã kiện toàn", 201)
                .body("overdue", equalTo(false));
        overdue(TestTokens.secretary(committee), "issuerId", committee, 200).body("items.id", contains(alsoLate))
                .body("totalItems", equalTo(1));
        // still late while only in progress
        report(TestTokens.secretary(cellB), alsoLate, version(alsoLate), 50, "IN_PROGRESS", "Thu được một nửa", 201)
                .body("overdue", equalTo(true));
        overdue(TestTokens.secretary(committee), "issuerId", committee, 200).body("items.id", contains(alsoLate));
    }

    @Test
    void rulesInputErrorsAndAccess() {
        String conclusion = conclusion("2026-03-10");
        assign(conclusion, task("Trước ngày ban hành", cellA, List.of(), "2026-03-09"), 422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("task.deadline-before-issue"));
        assign(conclusion, task("Ngoài cấp", cellX, List.of(), "2026-12-31"), 422)
                .body("errors[0].field", equalTo("task.assignee-outside-issuer"));
        assign(conclusion, task("Phối hợp ngoài cấp", cellA, List.of(cellX.toString()), "2026-12-31"), 422)
                .body("errors[0].field", equalTo("task.assignee-outside-issuer"));
        assign(conclusion, task("Trùng", cellA, List.of(cellA.toString()), "2026-12-31"), 400)
                .body("errors[0].field", equalTo("coordinatingOrganizationIds"));
        assign(conclusion, Map.of(), 400).contentType("application/problem+json")
                .body("errors.field", hasItems("deadline", "leadOrganizationId", "title"));
        assign(conclusion, Map.of("title", "x", "leadOrganizationId", cellA.toString(), "deadline", "31/12/2026"), 400);

        String task = assign(conclusion, task("Học tập nghị quyết", cellA, List.of(), "2026-12-31"), 201)
                .extract().path("id");
        given().auth().oauth2(TestTokens.secretary(cellA)).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/events/tasks/" + task + "/reports").then().statusCode(400)
                .body("errors.field", hasItems("percent", "status", "text", "version"));
        report(TestTokens.secretary(cellA), task, version(task), 150, "IN_PROGRESS", "x", 400)
                .body("errors.field", contains("percent"));
        close(TestTokens.secretary(committee), task, Map.of(), 400).body("errors.field", contains("version"));
        overdue(TestTokens.secretary(committee), null, null, 400);

        // out of scope and wrong roles
        given().auth().oauth2(TestTokens.secretary(otherCommittee)).contentType(ContentType.JSON)
                .body(task("x", cellA, List.of(), "2026-12-31"))
                .when().post("/api/events/documents/" + conclusion + "/tasks").then().statusCode(403);
        given().auth().oauth2(TestTokens.secretary(cellA)).contentType(ContentType.JSON)
                .body(task("x", cellA, List.of(), "2026-12-31"))
                .when().post("/api/events/documents/" + conclusion + "/tasks").then().statusCode(403);
        given().auth().oauth2(TestTokens.inspector(bloc)).contentType(ContentType.JSON)
                .body(task("x", cellA, List.of(), "2026-12-31"))
                .when().post("/api/events/documents/" + conclusion + "/tasks").then().statusCode(403);

        // unauthenticated
        given().contentType(ContentType.JSON).body(task("x", cellA, List.of(), "2026-12-31"))
                .when().post("/api/events/documents/" + conclusion + "/tasks").then().statusCode(401);
        given().queryParam("issuerId", committee).when().get("/api/events/tasks").then().statusCode(401);
        given().when().get("/api/events/tasks/" + task).then().statusCode(401);

        // unknown
        assign(UUID.randomUUID().toString(), task("x", cellA, List.of(), "2026-12-31"), 404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.blocAdmin()).when().get("/api/events/tasks/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private ValidatableResponse assign(String document, Map<String, Object> body, int status) {
        return given().auth().oauth2(TestTokens.secretary(committee)).contentType(ContentType.JSON).body(body)
                .when().post("/api/events/documents/" + document + "/tasks").then().statusCode(status);
    }

    private static ValidatableResponse report(String token, String task, int version, int percent, String status,
            String text, int expected) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("version", version, "percent", percent, "status", status, "text", text))
                .when().post("/api/events/tasks/" + task + "/reports").then().statusCode(expected);
    }

    private static ValidatableResponse close(String token, String task, Map<String, Object> body, int expected) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/events/tasks/" + task + "/closure").then().statusCode(expected);
    }

    private static ValidatableResponse overdue(String token, String param, UUID organization, int expected) {
        var request = given().auth().oauth2(token).queryParam("overdue", true);
        if (param != null) {
            request = request.queryParam(param, organization);
        }
        return request.when().get("/api/events/tasks").then().statusCode(expected);
    }

    private static int version(String task) {
        return given().auth().oauth2(TestTokens.blocAdmin()).when().get("/api/events/tasks/" + task)
                .then().statusCode(200).extract().path("version");
    }

    private static Map<String, Object> task(String title, UUID lead, List<String> coordinators, String deadline) {
        return new HashMap<>(Map.of("title", title, "content", "Nội dung " + title, "leadOrganizationId",
                lead.toString(), "coordinatingOrganizationIds", coordinators, "deadline", deadline));
    }

    /** A committee plenum on {@code date} issuing a conclusion (KL) the same day. */
    private String conclusion(String date) {
        String meeting = given().auth().oauth2(TestTokens.secretary(committee)).contentType(ContentType.JSON)
                .body(Map.of("organizationId", committee.toString(), "kind", "COMMITTEE_PLENUM", "title", "Hội nghị BCH",
                        "startsAt", date + "T08:00:00+07:00", "online", true, "term", "XIX"))
                .when().post("/api/events/meetings").then().statusCode(201).extract().path("id");
        return given().auth().oauth2(TestTokens.secretary(committee)).contentType(ContentType.JSON)
                .body(Map.of("type", "CONCLUSION", "issuerAbbreviation", "ĐU", "title", "Kết luận hội nghị",
                        "issuedOn", date))
                .when().post("/api/events/meetings/" + meeting + "/documents").then().statusCode(201).extract().path("id");
    }
}
