package vn.party.inspection.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

import vn.party.inspection.discipline.FakeMembershipMembers;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipMembers.class)
class InspectionApiTest {

    static final String INSPECTIONS = "/api/inspection/inspections";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final LocalDate START = TODAY.minusDays(60);

    @Inject
    DataSource dataSource;

    private final UUID bloc = UUID.randomUUID();
    private final UUID grassroots = UUID.randomUUID();
    private final UUID cell = UUID.randomUUID();
    private final UUID otherCell = UUID.randomUUID();
    private final UUID otherGrassroots = UUID.randomUUID();
    private final UUID member = UUID.randomUUID();
    private final UUID probationary = UUID.randomUUID();
    private final UUID outsider = UUID.randomUUID();
    private final UUID neighbour = UUID.randomUUID();

    @BeforeEach
    void world() {
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(grassroots, bloc);
        FakeMembershipTree.place(cell, grassroots);
        FakeMembershipTree.place(otherCell, grassroots);
        FakeMembershipTree.place(otherGrassroots, bloc);
        FakeMembershipMembers.register(member, cell, "OFFICIAL", false);
        FakeMembershipMembers.register(probationary, cell, "PROBATIONARY", false);
        FakeMembershipMembers.register(outsider, otherGrassroots, "OFFICIAL", false);
        FakeMembershipMembers.register(neighbour, otherCell, "OFFICIAL", false);
    }

    // ---- the procedure ----

    @Test
    void stepsAreRecordedInOrderWithDatesDocumentsAndAttachments() {
        String id = openOrganization(cell, "COMPLIANCE").statusCode(201)
                .header("Location", containsString(INSPECTIONS + "/"))
                .body("status", equalTo("PREPARING")).body("nextStep", equalTo("DECISION"))
                .body("decisionDate", nullValue()).extract().path("id");

        step(id, "TEAM", START, "01-QĐ/UBKT", 0).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("inspection.step-order"))
                .body("detail", containsString("DECISION"));
        Map<String, Object> decision = stepBody("DECISION", START, "12-QĐ/UBKT", 0);
        decision.put("attachments", List.of(
                Map.of("name", "QD-12.pdf", "mediaType", "application/pdf", "sizeBytes", 183_204, "storageRef", "s3://kt/2021/qd-12.pdf"),
                Map.of("name", "danh-sach-doan.xlsx", "mediaType",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "sizeBytes", 9_120,
                        "storageRef", "s3://kt/2021/doan.xlsx")));
        post(id, "/steps", decision).statusCode(200)
                .header("ETag", containsString("1"))
                .body("status", equalTo("IN_PROGRESS")).body("lastStep", equalTo("DECISION"))
                .body("decisionDate", equalTo(START.toString())).body("nextStep", equalTo("TEAM"))
                .body("steps[0].documentNumber", equalTo("12-QĐ/UBKT"))
                .body("steps[0].attachments.name", contains("QD-12.pdf", "danh-sach-doan.xlsx"))
                .body("steps[0].attachments[0].sizeBytes", equalTo(183_204))
                .body("steps[0].attachments[0].storageRef", equalTo("s3://kt/2021/qd-12.pdf"))
                .body("steps[0].recordedBy", equalTo("inspector-" + grassroots));

        step(id, "PLAN", START.plusDays(1), null, 1).statusCode(422).body("errors[0].field", equalTo("inspection.step-order"));
        step(id, "DECISION", START, "13-QĐ/UBKT", 1).statusCode(422).body("errors[0].field", equalTo("inspection.step-order"));
        step(id, "TEAM", START.minusDays(1), null, 1).statusCode(422).body("errors[0].field", equalTo("inspection.step-date"))
                .body("detail", containsString(START.toString()));
        step(id, "TEAM", START, null, 0).statusCode(409);
        step(id, "TEAM", TODAY.plusDays(1), null, 1).statusCode(400).body("errors[0].field", equalTo("date"));
        step(id, "TEAM", START, null, 1).statusCode(200).body("lastStep", equalTo("TEAM"));
        long version = 2;
        for (String s : List.of("PLAN", "NOTICE", "SELF_REPORT", "VERIFICATION", "DRAFT_REPORT")) {
            step(id, s, START.plusDays(version), null, version).statusCode(200).body("lastStep", equalTo(s));
            version++;
        }
        step(id, "CONCLUSION", START.plusDays(10), "30-KL/UBKT", version).statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
        Map<String, Object> conclusion = stepBody("CONCLUSION", START.plusDays(10), "30-KL/UBKT", version);
        conclusion.put("outcome", "SHORTCOMINGS");
        conclusion.put("note", "Cần khắc phục việc ghi biên bản sinh hoạt");
        post(id, "/steps", conclusion).statusCode(200).body("status", equalTo("CONCLUDED"))
                .body("outcome", equalTo("SHORTCOMINGS"));
        step(id, "CONCLUSION_NOTICE", START.plusDays(12), null, version + 1).statusCode(400)
                .body("errors[0].field", equalTo("documentNumber"));
        step(id, "CONCLUSION_NOTICE", START.plusDays(12), "31-TB/UBKT", version + 1).statusCode(200)
                .body("status", equalTo("NOTIFIED")).body("nextStep", nullValue()).body("steps", hasSize(9))
                .body("steps.step", contains("DECISION", "TEAM", "PLAN", "NOTICE", "SELF_REPORT", "VERIFICATION", "DRAFT_REPORT",
                        "CONCLUSION", "CONCLUSION_NOTICE"));
        step(id, "CONCLUSION_NOTICE", START.plusDays(12), "32-TB/UBKT", version + 2).statusCode(422)
                .body("errors[0].field", equalTo("inspection.closed"));
        post(id, "/findings", Map.of("text", "muộn", "severity", "MINOR", "version", version + 2)).statusCode(422)
                .body("errors[0].field", equalTo("inspection.closed"));

        assertEquals("CREATE,STEP,STEP,STEP,STEP,STEP,STEP,STEP,STEP,STEP", Db.single(dataSource,
                "select string_agg(action, ',' order by occurred_at, id) from audit_log where entity_type = 'inspection'"
                        + " and entity_id = ? and action <> 'READ'", id));
    }

    @Test
    void attachmentsAndStepsAreValidated() {
        String id = openOrganization(cell, "FINANCIAL").extract().path("id");
        Map<String, Object> body = stepBody("DECISION", START, "12-QĐ/UBKT", 0);
        body.put("attachments", List.of(Map.of("name", "", "mediaType", "pdf", "sizeBytes", -1, "storageRef", "x")));
        post(id, "/steps", body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("attachments.name[0]", "attachments.mediaType[0]", "attachments.sizeBytes[0]"));
        step(id, "DECISION", START, " ", 0).statusCode(400).body("errors[0].field", equalTo("documentNumber"));
        Map<String, Object> outcome = stepBody("DECISION", START, "12-QĐ/UBKT", 0);
        outcome.put("outcome", "NO_VIOLATION");
        post(id, "/steps", outcome).statusCode(400).body("errors[0].field", equalTo("outcome"));
        given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body("{\"step\":\"DECISION\",\"date\":\"2021-02-30\",\"documentNumber\":\"1\",\"version\":0}")
                .when().post(INSPECTIONS + "/" + id + "/steps").then().statusCode(400);
        given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body("{\"step\":\"LATER\",\"date\":\"2021-02-03\",\"version\":0}")
                .when().post(INSPECTIONS + "/" + id + "/steps").then().statusCode(400);
        assertEquals("0", Db.single(dataSource, "select count(*) from inspection_step where inspection_id = ?::uuid", id));
        step(UUID.randomUUID().toString(), "DECISION", START, "1", 0).statusCode(404);
    }

    @Test
    void targetsAreOrganizationsOrMembersInsideTheInspectingBodysSubtree() {
        openOrganization(otherGrassroots, "COMPLIANCE").statusCode(422)
                .body("errors[0].field", equalTo("inspection.target-outside-subtree"));
        openOrganization(UUID.randomUUID(), "COMPLIANCE").statusCode(400).body("errors[0].field", equalTo("targetOrganizationId"));
        // a member outside the caller's scope: 403, and nothing about where they are (before: 422, a subtree oracle)
        String answer = openMember(outsider, "SIGNS_OF_VIOLATION").statusCode(403).contentType("application/problem+json")
                .extract().asString();
        assertFalse(answer.contains(otherGrassroots.toString()), answer);
        openMember(UUID.randomUUID(), "SIGNS_OF_VIOLATION").statusCode(400).body("errors[0].field", equalTo("targetMemberId"));
        Map<String, Object> both = openBody("COMPLIANCE", "MEMBER", cell, member);
        inspector(grassroots).body(both).when().post(INSPECTIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("targetOrganizationId"));
        inspector(grassroots).body(Map.of("kind", "AUDIT")).when().post(INSPECTIONS).then().statusCode(400);
        inspector(grassroots).body(Map.of("targetKind", "ORGANIZATION")).when().post(INSPECTIONS).then().statusCode(400)
                .body("errors.field", hasItems("kind", "inspectingOrganizationId", "inspectingBody", "subject", "content"));
        openMember(member, "SIGNS_OF_VIOLATION").statusCode(201).body("targetKind", equalTo("MEMBER"))
                .body("targetOrganizationId", equalTo(cell.toString())).body("targetMemberId", equalTo(member.toString()));
    }

    @Test
    void membershipFailingIs503AndNothingIsWritten() {
        UUID unlucky = UUID.randomUUID();
        FakeMembershipMembers.failFor(unlucky);
        openMember(unlucky, "SIGNS_OF_VIOLATION").statusCode(503).contentType("application/problem+json");
        assertEquals("0", Db.single(dataSource, "select count(*) from inspection where target_member_id = ?::uuid", unlucky));
    }

    // ---- findings and discipline ----

    @Test
    void aConclusionOfViolationOpensADisciplineCaseInOneCall() {
        String id = openMember(member, "SIGNS_OF_VIOLATION").extract().path("id");
        post(id, "/findings", Map.of("text", "Vi phạm quy định về kê khai tài sản", "severity", "SERIOUS", "version", 0))
                .statusCode(200).body("findings[0].severity", equalTo("SERIOUS")).body("version", equalTo(1));
        long version = runTo(id, "VIOLATION_FOUND", 1);
        post(id, "/discipline-cases", caseBody(null, "WARNING", version - 1)).statusCode(409);
        String caseId = post(id, "/discipline-cases", caseBody(null, "WARNING", version)).statusCode(201)
                .header("Location", containsString("/api/inspection/discipline/cases/"))
                .body("targetKind", equalTo("MEMBER")).body("targetMemberId", equalTo(member.toString()))
                .body("status", equalTo("OPEN")).body("proposedForm", equalTo("WARNING"))
                .extract().path("id");
        get(TestTokens.inspector(grassroots), id).statusCode(200).body("disciplineCaseIds", contains(caseId))
                .body("version", equalTo((int) version + 1));
        given().auth().oauth2(TestTokens.inspector(grassroots)).when().get("/api/inspection/discipline/cases/" + caseId)
                .then().statusCode(200).body("violationDescription", equalTo("Vi phạm quy định về kê khai tài sản"));
        assertEquals(id, Db.single(dataSource, "select inspection_id::text from inspection_discipline_case where case_id = ?::uuid", caseId));
        assertEquals("CREATE,FINDING,STEP,STEP,STEP,STEP,STEP,STEP,STEP,STEP,OPEN_DISCIPLINE_CASE", Db.single(dataSource,
                "select string_agg(action, ',' order by occurred_at, id) from audit_log where entity_type = 'inspection'"
                        + " and entity_id = ? and action <> 'READ'", id));
        assertEquals(caseId, Db.single(dataSource, "select changes->'disciplineCaseId'->>'after' from audit_log"
                + " where entity_type = 'inspection' and entity_id = ? and action = 'OPEN_DISCIPLINE_CASE'", id));
        post(id, "/discipline-cases", caseBody(outsider, "WARNING", version + 1)).statusCode(400)
                .body("errors[0].field", equalTo("targetMemberId"));
    }

    @Test
    void noDisciplineCaseWithoutAViolationAndNothingHalfWritten() {
        String shortcomings = openMember(member, "COMPLIANCE").extract().path("id");
        long v = runTo(shortcomings, "SHORTCOMINGS", 0);
        post(shortcomings, "/discipline-cases", caseBody(null, "REPRIMAND", v)).statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("inspection.conclusion-not-violation"));
        String inProgress = openOrganization(cell, "COMPLIANCE").extract().path("id");
        post(inProgress, "/discipline-cases", caseBody(null, "REPRIMAND", 0)).statusCode(422)
                .body("errors[0].field", equalTo("inspection.conclusion-not-violation"));

        // the discipline rules refuse the case: neither the case nor the link is written
        String violation = openMember(probationary, "SIGNS_OF_VIOLATION").extract().path("id");
        long w = runTo(violation, "VIOLATION_FOUND", 0);
        post(violation, "/discipline-cases", caseBody(null, "EXPULSION", w)).statusCode(422)
                .body("errors[0].field", equalTo("discipline.form-for-target"));
        assertEquals("0", Db.single(dataSource, "select count(*) from inspection_discipline_case where inspection_id = ?::uuid", violation));
        assertEquals("0", Db.single(dataSource, "select count(*) from discipline_case where target_member_id = ?::uuid",
                probationary));
        post(violation, "/discipline-cases", caseBody(null, "WARNING", w)).statusCode(201);
    }

    @Test
    void anOrganizationInspectionDisciplinesTheOrganizationOrOneOfItsMembers() {
        String id = openOrganization(cell, "FINANCIAL").extract().path("id");
        long v = runTo(id, "VIOLATION_FOUND", 0);
        post(id, "/discipline-cases", caseBody(null, "REPRIMAND", v)).statusCode(201)
                .body("targetKind", equalTo("ORGANIZATION")).body("organizationId", equalTo(cell.toString()));
        // a member outside the caller's scope: 403 before anything is said about them
        String answer = post(id, "/discipline-cases", caseBody(outsider, "WARNING", v + 1)).statusCode(403)
                .extract().asString();
        assertFalse(answer.contains(otherGrassroots.toString()), answer);
        // a member in scope but outside the inspected organization: 422 naming the rule
        post(id, "/discipline-cases", caseBody(neighbour, "WARNING", v + 1)).statusCode(422)
                .body("errors[0].field", equalTo("inspection.target-outside-subtree"));
        post(id, "/discipline-cases", caseBody(member, "WARNING", v + 1)).statusCode(201)
                .body("targetKind", equalTo("MEMBER")).body("targetMemberId", equalTo(member.toString()));
        get(TestTokens.blocAdmin(), id).statusCode(200).body("disciplineCaseIds", hasSize(2));
    }

    // ---- programme items ----

    @Test
    void aLinkedPlanItemFollowsTheInspection() {
        String plan = given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(Map.of("inspectingOrganizationId", grassroots.toString(), "inspectingBody", "INSPECTION_COMMITTEE",
                        "year", TODAY.getYear(), "title", "Chương trình kiểm tra"))
                .when().post("/api/inspection/plans").then().statusCode(201).extract().path("id");
        String item = given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(Map.of("kind", "INSPECTION_THEMATIC", "subject", "Chuyên đề", "targetOrganizationId", cell.toString(),
                        "plannedMonth", 12))
                .when().post("/api/inspection/plans/" + plan + "/items").then().statusCode(201).extract().path("id");

        Map<String, Object> wrongKind = openBody("FINANCIAL", "ORGANIZATION", cell, null);
        wrongKind.put("planItemId", item);
        inspector(grassroots).body(wrongKind).when().post(INSPECTIONS).then().statusCode(422)
                .body("errors[0].field", equalTo("inspection.plan-item-mismatch"));
        Map<String, Object> wrongTarget = openBody("COMPLIANCE", "ORGANIZATION", otherCell, null);
        wrongTarget.put("planItemId", item);
        inspector(grassroots).body(wrongTarget).when().post(INSPECTIONS).then().statusCode(422)
                .body("errors[0].field", equalTo("inspection.plan-item-mismatch"));
        Map<String, Object> unknown = openBody("COMPLIANCE", "ORGANIZATION", cell, null);
        unknown.put("planItemId", UUID.randomUUID().toString());
        inspector(grassroots).body(unknown).when().post(INSPECTIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("planItemId"));

        Map<String, Object> body = openBody("COMPLIANCE", "ORGANIZATION", cell, null);
        body.put("planItemId", item);
        String id = inspector(grassroots).body(body).when().post(INSPECTIONS).then().statusCode(201)
                .body("planItemId", equalTo(item)).extract().path("id");
        inspector(grassroots).body(body).when().post(INSPECTIONS).then().statusCode(422)
                .body("errors[0].field", equalTo("inspection.plan-item-mismatch"))
                .body("detail", containsString("already linked"));

        step(id, "DECISION", START, "12-QĐ/UBKT", 0).statusCode(200);
        planItem(plan).body("items[0].step", equalTo("TEAM_DECIDED")).body("items[0].stepDate", equalTo(START.toString()));
        continueTo(id, "NO_VIOLATION", 1, 1);
        planItem(plan).body("items[0].step", equalTo("CONCLUDED")).body("items[0].concludedOn", equalTo(START.plusDays(10).toString()));
        assertEquals("7", Db.single(dataSource, "select count(*) from audit_log where entity_type = 'inspection-plan-item'"
                + " and entity_id = ? and action = 'UPDATE' and changes::text like '%\"step\"%'", item));
    }

    // ---- who sees what ----

    @Test
    void secretariesSeeInspectionsOfTheirSubtreeOnlyOnceTheConclusionIsNotified() {
        String id = openOrganization(cell, "COMPLIANCE").extract().path("id");
        long v = runTo(id, "NO_VIOLATION", 0);
        get(TestTokens.secretary(cell), id).statusCode(404).contentType("application/problem+json");
        get(TestTokens.secretary(grassroots), id).statusCode(404);
        list(TestTokens.secretary(grassroots), cell, "").statusCode(200).body("items.id", not(hasItems(id)));
        list(TestTokens.inspector(grassroots), cell, "").statusCode(200).body("items.id", hasItems(id));

        step(id, "CONCLUSION_NOTICE", START.plusDays(12), "31-TB/UBKT", v).statusCode(200);
        get(TestTokens.secretary(cell), id).statusCode(200).body("status", equalTo("NOTIFIED"));
        list(TestTokens.secretary(grassroots), cell, "").statusCode(200).body("items.id", hasItems(id));
        get(TestTokens.secretary(otherCell), id).statusCode(403).contentType("application/problem+json");
        get(TestTokens.secretary(otherGrassroots), id).statusCode(403);
        list(TestTokens.secretary(otherGrassroots), cell, "").statusCode(403);
    }

    @Test
    void inspectorsWorkWithinTheirCommitteesScope() {
        String id = openOrganization(cell, "COMPLIANCE").extract().path("id");
        get(TestTokens.inspector(otherGrassroots), id).statusCode(403).contentType("application/problem+json");
        list(TestTokens.inspector(otherGrassroots), cell, "").statusCode(403);
        given().auth().oauth2(TestTokens.inspector(otherGrassroots)).contentType(ContentType.JSON)
                .body(stepBody("DECISION", START, "1-QĐ", 0)).when().post(INSPECTIONS + "/" + id + "/steps")
                .then().statusCode(403);
        // an inspector of the cell reads it but cannot write for the grassroots committee
        get(TestTokens.inspector(cell), id).statusCode(200);
        given().auth().oauth2(TestTokens.inspector(cell)).contentType(ContentType.JSON)
                .body(stepBody("DECISION", START, "1-QĐ", 0)).when().post(INSPECTIONS + "/" + id + "/steps")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.inspector(otherGrassroots)).contentType(ContentType.JSON)
                .body(openBody("COMPLIANCE", "ORGANIZATION", cell, null)).when().post(INSPECTIONS).then().statusCode(403);
        given().auth().oauth2(TestTokens.secretary(grassroots)).contentType(ContentType.JSON)
                .body(openBody("COMPLIANCE", "ORGANIZATION", cell, null)).when().post(INSPECTIONS).then().statusCode(403);
        given().auth().oauth2(TestTokens.integration(bloc)).when().get(INSPECTIONS + "?organizationId=" + bloc).then().statusCode(403);
        given().when().get(INSPECTIONS + "/" + id).then().statusCode(401).contentType("application/problem+json");
        get(TestTokens.blocAdmin(), id).statusCode(200);
        get(TestTokens.blocAdmin(), UUID.randomUUID().toString()).statusCode(404);
    }

    @Test
    void aMemberSeesOnlyNotifiedConclusionsAboutThemselves() {
        String mine = openMember(member, "SIGNS_OF_VIOLATION").extract().path("id");
        post(mine, "/findings", Map.of("text", "Chưa gương mẫu", "severity", "SHORTCOMING", "version", 0)).statusCode(200);
        long v = runTo(mine, "SHORTCOMINGS", 1);
        String others = openMember(probationary, "COMPLIANCE").extract().path("id");
        runToNotice(others);
        String member2 = TestTokens.member(cell, member);
        given().auth().oauth2(member2).when().get(INSPECTIONS + "/mine").then().statusCode(200).body("totalItems", equalTo(0));
        step(mine, "CONCLUSION_NOTICE", START.plusDays(12), "31-TB/UBKT", v).statusCode(200);
        given().auth().oauth2(member2).when().get(INSPECTIONS + "/mine").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].inspectionId", equalTo(mine))
                .body("items[0].outcome", equalTo("SHORTCOMINGS"))
                .body("items[0].conclusionNumber", equalTo("30-KL/UBKT"))
                .body("items[0].noticeNumber", equalTo("31-TB/UBKT"))
                .body("items[0].findings[0].text", equalTo("Chưa gương mẫu"));
        get(member2, mine).statusCode(403);
        get(member2, others).statusCode(403);
        given().auth().oauth2(member2).when().get(INSPECTIONS + "?organizationId=" + cell).then().statusCode(403);
        given().auth().oauth2(TestTokens.inspector(grassroots)).when().get(INSPECTIONS + "/mine").then().statusCode(403);
        // the dossier's view: ?targetMemberId= without an organization — the member's own notified ones,
        // staff through the member's current organization, nobody else's
        given().auth().oauth2(member2).when().get(INSPECTIONS + "?targetMemberId=" + member).then().statusCode(200)
                .body("items.id", contains(mine));
        given().auth().oauth2(member2).when().get(INSPECTIONS + "?targetMemberId=" + probationary).then().statusCode(403);
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(INSPECTIONS + "?targetMemberId=" + probationary)
                .then().statusCode(200).body("items.id", contains(others));
        given().auth().oauth2(TestTokens.inspector(grassroots)).when().get(INSPECTIONS + "?targetMemberId=" + member)
                .then().statusCode(200).body("items.id", contains(mine));
        given().auth().oauth2(TestTokens.secretary(otherGrassroots)).when().get(INSPECTIONS + "?targetMemberId=" + member)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(INSPECTIONS).then().statusCode(400)
                .body("errors.field", hasItems("organizationId"));
    }

    @Test
    void listsArePagedAndFiltered() {
        String compliance = openOrganization(otherCell, "COMPLIANCE").extract().path("id");
        step(compliance, "DECISION", START, "1-QĐ", 0).statusCode(200);
        String financial = openOrganization(otherCell, "FINANCIAL").extract().path("id");
        step(financial, "DECISION", START, "2-QĐ", 0).statusCode(200);
        String preparing = openOrganization(otherCell, "FINANCIAL").extract().path("id");
        String ofMember = openMember(member, "SIGNS_OF_VIOLATION").extract().path("id");
        String inspector = TestTokens.inspector(grassroots);

        list(inspector, otherCell, "").body("totalItems", equalTo(3)).body("items[0].id", equalTo(preparing));
        list(inspector, otherCell, "&kind=FINANCIAL").body("totalItems", equalTo(2));
        list(inspector, otherCell, "&status=IN_PROGRESS").body("totalItems", equalTo(2)).body("items.id", hasItems(compliance, financial));
        list(inspector, otherCell, "&year=" + START.getYear()).body("items.id", hasItems(compliance, financial))
                .body("items.id", not(hasItems(preparing)));
        list(inspector, otherCell, "&year=" + (START.getYear() - 1)).body("totalItems", equalTo(0));
        list(inspector, otherCell, "&size=1&page=1").body("totalItems", equalTo(3)).body("totalPages", equalTo(3))
                .body("items", hasSize(1));
        list(inspector, grassroots, "&targetMemberId=" + member).body("items.id", hasItems(ofMember))
                .body("items.targetMemberId", org.hamcrest.Matchers.everyItem(equalTo(member.toString())));
        list(inspector, otherCell, "&size=201").statusCode(400);
        list(inspector, otherCell, "&kind=AUDIT").statusCode(404);
        given().auth().oauth2(inspector).when().get(INSPECTIONS).then().statusCode(400).body("errors[0].field", containsString("organizationId"));
    }

    @Test
    void documentedInOpenApi() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey(INSPECTIONS + "/{id}/discipline-cases"))
                .body("paths", org.hamcrest.Matchers.hasKey(INSPECTIONS + "/{id}/steps"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/inspection/statistics"));
    }

    // ---- helpers ----

    /** Records DECISION … CONCLUSION (with {@code outcome}) from {@code version}; returns the version after. */
    long runTo(String id, String outcome, long version) {
        return continueTo(id, outcome, version, 0);
    }

    /** Records the steps from the {@code from}-th (0: DECISION) to CONCLUSION; returns the version after. */
    long continueTo(String id, String outcome, long version, int from) {
        long v = version;
        List<String> steps = List.of("DECISION", "TEAM", "PLAN", "NOTICE", "SELF_REPORT", "VERIFICATION", "DRAFT_REPORT");
        for (int n = from; n < steps.size(); n++) {
            String s = steps.get(n);
            step(id, s, START.plusDays(n), "DECISION".equals(s) ? "12-QĐ/UBKT" : null, v).statusCode(200);
            v++;
        }
        Map<String, Object> conclusion = stepBody("CONCLUSION", START.plusDays(10), "30-KL/UBKT", v);
        conclusion.put("outcome", outcome);
        conclusion.put("note", "Kết luận");
        post(id, "/steps", conclusion).statusCode(200).body("outcome", equalTo(outcome));
        return v + 1;
    }

    private String runToNotice(String id) {
        long v = runTo(id, "NO_VIOLATION", 0);
        step(id, "CONCLUSION_NOTICE", START.plusDays(12), "31-TB/UBKT", v).statusCode(200);
        return id;
    }

    private ValidatableResponse openOrganization(UUID organization, String kind) {
        return inspector(grassroots).body(openBody(kind, "ORGANIZATION", organization, null)).when().post(INSPECTIONS).then();
    }

    private ValidatableResponse openMember(UUID memberId, String kind) {
        return inspector(grassroots).body(openBody(kind, "MEMBER", null, memberId)).when().post(INSPECTIONS).then();
    }

    private Map<String, Object> openBody(String kind, String targetKind, UUID organization, UUID memberId) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("inspectingOrganizationId", grassroots.toString());
        body.put("inspectingBody", "INSPECTION_COMMITTEE");
        body.put("targetKind", targetKind);
        if (organization != null) {
            body.put("targetOrganizationId", organization.toString());
        }
        if (memberId != null) {
            body.put("targetMemberId", memberId.toString());
        }
        body.put("subject", "Kiểm tra việc chấp hành Điều lệ Đảng");
        body.put("content", "Việc thực hiện nguyên tắc tập trung dân chủ, quy chế làm việc");
        return body;
    }

    private static Map<String, Object> stepBody(String step, LocalDate date, String number, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("step", step);
        body.put("date", date.toString());
        if (number != null) {
            body.put("documentNumber", number);
        }
        body.put("version", version);
        return body;
    }

    private static Map<String, Object> caseBody(UUID memberId, String form, long version) {
        Map<String, Object> body = new HashMap<>();
        if (memberId != null) {
            body.put("targetMemberId", memberId.toString());
        }
        body.put("violationDescription", "Vi phạm quy định về kê khai tài sản");
        body.put("violationDate", START.minusMonths(3).toString());
        body.put("proposedForm", form);
        body.put("version", version);
        return body;
    }

    private ValidatableResponse step(String id, String step, LocalDate date, String number, long version) {
        return post(id, "/steps", stepBody(step, date, number, version));
    }

    private ValidatableResponse post(String id, String path, Map<String, Object> body) {
        return inspector(grassroots).body(body).when().post(INSPECTIONS + "/" + id + path).then();
    }

    private static io.restassured.specification.RequestSpecification inspector(UUID organization) {
        return given().auth().oauth2(TestTokens.inspector(organization)).contentType(ContentType.JSON);
    }

    private static ValidatableResponse get(String token, String id) {
        return given().auth().oauth2(token).when().get(INSPECTIONS + "/" + id).then();
    }

    private static ValidatableResponse list(String token, UUID organization, String query) {
        return given().auth().oauth2(token).when().get(INSPECTIONS + "?organizationId=" + organization + query).then();
    }

    private ValidatableResponse planItem(String plan) {
        return given().auth().oauth2(TestTokens.inspector(grassroots)).when().get("/api/inspection/plans/" + plan + "/items").then()
                .statusCode(200);
    }
}
