package vn.party.inspection.discipline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.common.time.PartyClock;
import vn.party.contracts.ContractExamples;
import vn.party.contracts.discipline.DecisionStatus;
import vn.party.contracts.discipline.DisciplineDecision;
import vn.party.contracts.discipline.DisciplineDecisionPage;
import vn.party.contracts.discipline.TargetKind;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/** The discipline queries other services and screens depend on: case filters and the decisions of a year. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipMembers.class)
class DisciplineQueriesTest {

    private static final String CASES = "/api/inspection/discipline/cases";
    private static final String DECISIONS = "/api/inspection/discipline/decisions";
    /** Last year: all of it is past (decision dates cannot be in the future), and the next year's first day too. */
    private static final int YEAR = LocalDate.now(PartyClock.VIETNAM).getYear() - 1;

    private final UUID bloc = UUID.randomUUID();
    private final UUID grassroots = UUID.randomUUID();
    private final UUID cell = UUID.randomUUID();
    private final UUID otherGrassroots = UUID.randomUUID();
    private final UUID otherCell = UUID.randomUUID();
    private final UUID m1 = UUID.randomUUID();
    private final UUID m2 = UUID.randomUUID();
    private final UUID m3 = UUID.randomUUID();

    private String firstDay;
    private String lastDay;
    private String yearAfter;
    private String outsideSubtree;
    private String organizationCase;
    private String annulled;
    private String open;

    @BeforeEach
    void world() {
        FakeMembershipTree.place(bloc, null, null, "BLOC_COMMITTEE");
        FakeMembershipTree.place(grassroots, bloc, null, "GRASSROOTS_COMMITTEE");
        FakeMembershipTree.place(cell, grassroots, null, "SUBORDINATE_CELL");
        FakeMembershipTree.place(otherGrassroots, bloc, null, "GRASSROOTS_COMMITTEE");
        FakeMembershipTree.place(otherCell, otherGrassroots, null, "SUBORDINATE_CELL");
        FakeMembershipMembers.register(m1, cell, "OFFICIAL", false);
        FakeMembershipMembers.register(m2, cell, "OFFICIAL", false);
        FakeMembershipMembers.register(m3, otherCell, "OFFICIAL", false);

        firstDay = decided(memberCase(m1, "REPRIMAND", grassroots), "REPRIMAND", "CELL", cell, date(YEAR, 1, 1));
        lastDay = decided(memberCase(m1, "WARNING", grassroots), "WARNING", "CELL", cell, date(YEAR, 12, 31));
        yearAfter = decided(memberCase(m2, "WARNING", grassroots), "WARNING", "CELL", cell, date(YEAR + 1, 1, 1));
        outsideSubtree = decided(memberCase(m3, "REPRIMAND", bloc), "REPRIMAND", "CELL", otherCell, date(YEAR, 6, 1));
        organizationCase = decided(organizationCase(cell), "WARNING", "GRASSROOTS_COMMITTEE", grassroots, date(YEAR, 5, 5));
        annulled = decided(memberCase(m2, "REPRIMAND", grassroots), "REPRIMAND", "CELL", cell, date(YEAR, 3, 3));
        annul(annulled);
        open = memberCase(m2, "WARNING", grassroots);
    }

    // ---- GET /cases?memberId= without organizationId: the member dossier's view ----

    @Test
    void everyCaseAboutOneMemberForTheDossier() {
        // bloc-admin: all of m2's cases, open and annulled included
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(CASES + "?memberId=" + m2)
                .then().statusCode(200).body("items.id", containsInAnyOrder(yearAfter, annulled, open));
        // the member themselves: their decided cases only, never the open one
        given().auth().oauth2(TestTokens.member(cell, m2)).when().get(CASES + "?memberId=" + m2)
                .then().statusCode(200).body("items.id", containsInAnyOrder(yearAfter, annulled));
        given().auth().oauth2(TestTokens.member(cell, m2)).when().get(CASES + "?memberId=" + m1)
                .then().statusCode(403).contentType("application/problem+json");
        // staff whose scope holds the member's organization; secretaries see decided cases only
        given().auth().oauth2(TestTokens.inspector(grassroots)).when().get(CASES + "?memberId=" + m2)
                .then().statusCode(200).body("items.id", containsInAnyOrder(yearAfter, annulled, open));
        given().auth().oauth2(TestTokens.secretary(cell)).when().get(CASES + "?memberId=" + m2)
                .then().statusCode(200).body("items.id", containsInAnyOrder(yearAfter, annulled));
        given().auth().oauth2(TestTokens.secretary(otherGrassroots)).when().get(CASES + "?memberId=" + m2)
                .then().statusCode(403);
        // neither an organization nor a member: which one is missing is named
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(CASES)
                .then().statusCode(400).body("errors.field", contains("organizationId"));
    }

    // ---- GET /decisions ----

    @Test
    void decisionsOfAYearInASubtreeNewestFirstWithAnnulledOnesMarked() {
        given().auth().oauth2(TestTokens.inspector(grassroots))
                .when().get(DECISIONS + "?organizationId=" + grassroots + "&year=" + YEAR)
                .then().statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.caseId", contains(lastDay, organizationCase, annulled, firstDay))
                .body("items[0].targetKind", equalTo("MEMBER"))
                .body("items[0].memberId", equalTo(m1.toString()))
                .body("items[0].organizationId", equalTo(cell.toString()))
                .body("items[0].form", equalTo("WARNING"))
                .body("items[0].decisionNumber", equalTo("15-QĐ/CB"))
                .body("items[0].decisionDate", equalTo(date(YEAR, 12, 31)))
                .body("items[0].effectiveDate", equalTo(date(YEAR, 12, 31)))
                .body("items[0].status", equalTo("DECIDED"))
                .body("items[1].targetKind", equalTo("ORGANIZATION"))
                .body("items[1].memberId", nullValue())
                .body("items[1].organizationId", equalTo(cell.toString()))
                .body("items[2].status", equalTo("ANNULLED"))
                .body("items[2].form", equalTo("REPRIMAND"))
                .body("items[3].decisionDate", equalTo(date(YEAR, 1, 1)));
        given().auth().oauth2(TestTokens.inspector(grassroots))
                .when().get(DECISIONS + "?organizationId=" + grassroots + "&year=" + (YEAR + 1))
                .then().statusCode(200).body("items.caseId", contains(yearAfter));
        given().auth().oauth2(TestTokens.inspector(grassroots))
                .when().get(DECISIONS + "?organizationId=" + grassroots + "&year=" + YEAR + "&memberId=" + m1)
                .then().statusCode(200).body("items.caseId", contains(lastDay, firstDay));
        given().auth().oauth2(TestTokens.inspector(grassroots))
                .when().get(DECISIONS + "?organizationId=" + grassroots + "&year=" + YEAR + "&size=3&page=1")
                .then().statusCode(200).body("items.caseId", contains(firstDay))
                .body("totalItems", equalTo(4)).body("totalPages", equalTo(2)).body("page", equalTo(1));
    }

    /**
     * Producer side of the discipline-decisions contract ({@code contracts/discipline/decisions.json}): the real page
     * parses strictly as {@link DisciplineDecisionPage} (no field outside the contract), and a member's and an
     * organization's decision have the example's fields with the example's JSON types.
     */
    @Test
    void decisionsAnswerTheContractExample() throws Exception {
        String body = given().auth().oauth2(TestTokens.inspector(grassroots))
                .when().get(DECISIONS + "?organizationId=" + grassroots + "&year=" + YEAR)
                .then().statusCode(200).extract().asString();
        ObjectMapper mapper = ContractExamples.strictMapper();
        DisciplineDecisionPage page = mapper.readValue(body, DisciplineDecisionPage.class);
        assertEquals(new DisciplineDecision(UUID.fromString(lastDay), TargetKind.MEMBER, m1, cell, DisciplineForm.WARNING,
                "15-QĐ/CB", LocalDate.parse(date(YEAR, 12, 31)), LocalDate.parse(date(YEAR, 12, 31)),
                DecisionStatus.DECIDED), page.items().get(0));
        assertEquals(DecisionStatus.ANNULLED, page.items().get(2).status());
        JsonNode answer = mapper.readTree(body);
        JsonNode example = mapper.readTree(ContractExamples.json("discipline/decisions.json"));
        assertEquals(shape(example.get("items").get(0)), shape(answer.get("items").get(0)), "a member's decision");
        assertEquals(shape(example.get("items").get(1)), shape(answer.get("items").get(1)), "an organization's");
        ObjectNode pageOnly = answer.deepCopy();
        ObjectNode examplePage = example.deepCopy();
        pageOnly.remove("items");
        examplePage.remove("items");
        assertEquals(shape(examplePage), shape(pageOnly));
    }

    /** Field name → JSON type. */
    private static Map<String, JsonNodeType> shape(JsonNode object) {
        Map<String, JsonNodeType> shape = new java.util.TreeMap<>();
        object.fields().forEachRemaining(field -> shape.put(field.getKey(), field.getValue().getNodeType()));
        return shape;
    }

    @Test
    void whoReadsWhichDecisions() {
        String grassrootsYear = DECISIONS + "?organizationId=" + grassroots + "&year=" + YEAR;
        String blocYear = DECISIONS + "?organizationId=" + bloc + "&year=" + YEAR;
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(grassrootsYear)
                .then().statusCode(200).body("totalItems", equalTo(4));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(blocYear)
                .then().statusCode(200).body("items.caseId",
                        containsInAnyOrder(lastDay, organizationCase, outsideSubtree, annulled, firstDay));
        // services' own tokens read nothing here (callers propagate the user's token): the old shared service role
        // read the whole bloc
        String retired = TestTokens.token("service-account-party-services", Set.of("party-service"), bloc, null);
        for (String service : List.of(retired, TestTokens.eventsService(), TestTokens.inspectionService())) {
            given().auth().oauth2(service).when().get(blocYear).then().statusCode(403).contentType("application/problem+json");
        }
        // out of scope
        given().auth().oauth2(TestTokens.secretary(otherGrassroots)).when().get(grassrootsYear)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.inspector(otherGrassroots)).when().get(grassrootsYear).then().statusCode(403);
        given().auth().oauth2(TestTokens.inspector(grassroots)).when().get(blocYear).then().statusCode(403);
        // a member: their own decisions only
        given().auth().oauth2(TestTokens.member(cell, m1)).when().get(grassrootsYear)
                .then().statusCode(200).body("items.caseId", contains(lastDay, firstDay));
        given().auth().oauth2(TestTokens.member(cell, m1)).when().get(grassrootsYear + "&memberId=" + m1)
                .then().statusCode(200).body("totalItems", equalTo(2));
        given().auth().oauth2(TestTokens.member(cell, m1)).when().get(grassrootsYear + "&memberId=" + m2)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.member(otherCell, m3)).when().get(grassrootsYear)
                .then().statusCode(200).body("totalItems", equalTo(0));
        // machine clients of other systems use their own feed, not this endpoint; no token is 401
        given().auth().oauth2(TestTokens.integration(bloc)).when().get(blocYear).then().statusCode(403);
        given().when().get(blocYear).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void decisionsNeedAnOrganizationAndAValidYear() {
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(DECISIONS + "?year=" + YEAR)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("organizationId"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(DECISIONS + "?organizationId=" + bloc)
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(DECISIONS + "?organizationId=" + bloc + "&year=1800")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(DECISIONS + "?organizationId=" + bloc + "&year=" + YEAR
                        + "&memberId=someone")
                .then().statusCode(400).body("errors[0].field", equalTo("memberId"));
    }

    // ---- GET /cases filters ----

    @Test
    void caseListFiltersByMemberStatusAndDecisionDates() {
        String list = CASES + "?organizationId=" + grassroots;
        String inspector = TestTokens.inspector(grassroots);
        given().auth().oauth2(inspector).when().get(list).then().statusCode(200).body("totalItems", equalTo(6));
        given().auth().oauth2(inspector).when().get(list + "&memberId=" + m1)
                .then().statusCode(200).body("items.id", containsInAnyOrder(firstDay, lastDay));
        given().auth().oauth2(inspector).when().get(list + "&status=OPEN")
                .then().statusCode(200).body("items.id", contains(open));
        given().auth().oauth2(inspector).when().get(list + "&status=DECIDED&memberId=" + m2)
                .then().statusCode(200).body("items.id", containsInAnyOrder(yearAfter, annulled));
        // both ends inclusive
        given().auth().oauth2(inspector).when().get(list + "&decidedFrom=" + date(YEAR, 1, 1) + "&decidedTo=" + date(YEAR, 3, 3))
                .then().statusCode(200).body("items.id", containsInAnyOrder(firstDay, annulled));
        given().auth().oauth2(inspector).when().get(list + "&decidedFrom=" + date(YEAR, 1, 2) + "&decidedTo=" + date(YEAR, 3, 2))
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(inspector).when().get(list + "&decidedFrom=" + date(YEAR, 12, 31) + "&decidedTo=" + date(YEAR, 12, 31))
                .then().statusCode(200).body("items.id", contains(lastDay));
        given().auth().oauth2(inspector).when().get(list + "&decidedFrom=" + date(YEAR + 1, 1, 1))
                .then().statusCode(200).body("items.id", contains(yearAfter));
        // a secretary sees decided cases only, whatever the filter asks
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(list + "&status=OPEN")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(list + "&memberId=" + m2)
                .then().statusCode(200).body("items.id", containsInAnyOrder(yearAfter, annulled));
        given().auth().oauth2(TestTokens.secretary(otherGrassroots)).when().get(list + "&memberId=" + m1).then().statusCode(403);
        given().auth().oauth2(TestTokens.member(cell, m1)).when().get(list + "&memberId=" + m1).then().statusCode(403);
    }

    @Test
    void badCaseFiltersAre400NamingTheParameter() {
        String list = CASES + "?organizationId=" + grassroots;
        String admin = TestTokens.blocAdmin();
        given().auth().oauth2(admin).when().get(list + "&status=CLOSED")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().auth().oauth2(admin).when().get(list + "&decidedFrom=2025-13-01")
                .then().statusCode(400).body("errors[0].field", equalTo("decidedFrom"));
        given().auth().oauth2(admin).when().get(list + "&decidedTo=yesterday")
                .then().statusCode(400).body("errors[0].field", equalTo("decidedTo"));
        given().auth().oauth2(admin).when().get(list + "&decidedFrom=" + date(YEAR, 5, 1) + "&decidedTo=" + date(YEAR, 4, 30))
                .then().statusCode(400).body("errors[0].field", equalTo("decidedFrom"));
        given().auth().oauth2(admin).when().get(list + "&memberId=42")
                .then().statusCode(400).body("errors[0].field", equalTo("memberId"));
    }

    // ---- helpers ----

    private static String date(int year, int month, int day) {
        return LocalDate.of(year, month, day).toString();
    }

    private String memberCase(UUID member, String form, UUID inspectorOrganization) {
        Map<String, Object> body = new HashMap<>();
        body.put("targetKind", "MEMBER");
        body.put("targetMemberId", member.toString());
        body.put("violationDescription", "Vi phạm quy định");
        body.put("violationDate", date(YEAR - 2, 6, 1));
        body.put("proposedForm", form);
        return given().auth().oauth2(TestTokens.inspector(inspectorOrganization)).contentType(ContentType.JSON).body(body)
                .when().post(CASES).then().statusCode(201).extract().path("id");
    }

    private String organizationCase(UUID organization) {
        Map<String, Object> body = new HashMap<>();
        body.put("targetKind", "ORGANIZATION");
        body.put("targetOrganizationId", organization.toString());
        body.put("violationDescription", "Buông lỏng lãnh đạo");
        body.put("violationDate", date(YEAR - 2, 6, 1));
        body.put("proposedForm", "WARNING");
        return given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON).body(body)
                .when().post(CASES).then().statusCode(201).extract().path("id");
    }

    private String decided(String id, String form, String body, UUID organization, String date) {
        Map<String, Object> request = new HashMap<>();
        request.put("form", form);
        request.put("decidingBodyKind", body);
        request.put("decidingOrganizationId", organization.toString());
        request.put("entitledVoters", 9);
        request.put("votesFor", 6);
        request.put("votesAgainst", 3);
        request.put("decisionNumber", "15-QĐ/CB");
        request.put("decisionDate", date);
        request.put("effectiveDate", date);
        request.put("version", 0);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(request)
                .when().post(CASES + "/" + id + "/decision").then().statusCode(200);
        return id;
    }

    private void annul(String caseId) {
        String today = LocalDate.now(PartyClock.VIETNAM).toString();
        String complaint = given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "decisionReceivedDate", today, "grounds", "Không đúng người đúng việc"))
                .when().post("/api/inspection/complaints").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "ANNUL", "resolutionNumber", "03-QĐ/UBKT", "resolutionDate", today, "version", 0))
                .when().post("/api/inspection/complaints/" + complaint + "/resolution").then().statusCode(200);
    }
}
