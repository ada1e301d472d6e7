package vn.party.events.rating;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.party.events.rating.RatingTestSupport.BASE;
import static vn.party.events.rating.RatingTestSupport.approve;
import static vn.party.events.rating.RatingTestSupport.approvedMember;
import static vn.party.events.rating.RatingTestSupport.createMember;
import static vn.party.events.rating.RatingTestSupport.createOrganization;
import static vn.party.events.rating.RatingTestSupport.propose;
import static vn.party.events.rating.RatingTestSupport.proposedMember;
import static vn.party.events.rating.RatingTestSupport.selfAssess;
import static vn.party.events.rating.RatingTestSupport.yearPeriod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.common.persistence.AuditTrail;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(InspectionStub.class)
class RatingApiTest {

    private static final String DECIDED = "2021-12-20";

    private final UUID bloc = UUID.randomUUID();
    /** Đảng bộ cơ sở with two cells. */
    private final UUID grassroots = UUID.randomUUID();
    private final UUID cellA = UUID.randomUUID();
    private final UUID cellB = UUID.randomUUID();
    /** Another grassroots organization with one cell. */
    private final UUID other = UUID.randomUUID();
    private final UUID otherCell = UUID.randomUUID();

    @Inject
    AuditTrail auditTrail;

    private String period;

    @BeforeEach
    void tree() {
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(grassroots, bloc);
        FakeMembershipTree.place(cellA, grassroots);
        FakeMembershipTree.place(cellB, grassroots);
        FakeMembershipTree.place(other, bloc);
        FakeMembershipTree.place(otherCell, other);
        period = yearPeriod(2021);
    }

    @Test
    void aMemberSelfAssessesTheCellProposesAndTheGrassrootsOrganizationApproves() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String aliceToken = TestTokens.member(cellA, alice);
        String id = createMember(aliceToken, period, null, null, 201)
                .body("memberId", equalTo(alice.toString())).body("organizationId", equalTo(cellA.toString()))
                .body("stage", equalTo("CREATED")).body("grassrootsId", equalTo(grassroots.toString()))
                .body("proposingOrganizationId", equalTo(cellA.toString()))
                .body("approvingOrganizationId", equalTo(grassroots.toString())).extract().path("id");
        selfAssess(aliceToken, id, 0, "GOOD", 85, 200).body("stage", equalTo("SELF_ASSESSED"))
                .body("selfAssessment.level", equalTo("GOOD")).body("selfAssessment.score", equalTo(85.0f))
                .body("selfAssessment.text", equalTo("Tự kiểm điểm năm"));
        selfAssess(aliceToken, id, 0, "GOOD", 86, 409).contentType("application/problem+json");
        // another member neither writes nor reads it
        selfAssess(TestTokens.member(cellA, bob), id, 1, "EXCELLENT", 95, 403);
        given().auth().oauth2(TestTokens.member(cellA, bob)).when().get(BASE + "/" + id).then().statusCode(403);
        given().auth().oauth2(aliceToken).queryParam("year", 2021).when().get(BASE + "/mine").then().statusCode(200)
                .body("id", hasItem(id));
        given().auth().oauth2(TestTokens.member(cellA, bob)).when().get(BASE + "/mine").then().statusCode(200)
                .body("id", not(hasItem(id)));

        // the proposal: the member's cell (or above), not a sibling cell
        propose(TestTokens.secretary(cellB), id, 1, "GOOD", 85, 403);
        int proposed = propose(TestTokens.secretary(cellA), id, 1, "GOOD", 85, 200).body("stage", equalTo("PROPOSED"))
                .body("proposal.level", equalTo("GOOD")).body("proposal.by", equalTo("secretary-" + cellA))
                .extract().path("version");
        selfAssess(aliceToken, id, proposed, "EXCELLENT", 95, 422).body("errors[0].field", equalTo("rating.stage-order"));

        // the decision: the grassroots organization (or above), not the cell, not another grassroots organization
        approve(TestTokens.secretary(cellA), id, proposed, "GOOD", 85, DECIDED, 403);
        approve(TestTokens.secretary(other), id, proposed, "GOOD", 85, DECIDED, 403);
        approve(TestTokens.secretary(grassroots), id, proposed - 1, "GOOD", 85, DECIDED, 409);
        approve(TestTokens.secretary(grassroots), id, proposed, "GOOD", 85, DECIDED, 200)
                .body("stage", equalTo("APPROVED")).body("approval.level", equalTo("GOOD"))
                .body("approval.levelName", equalTo("Hoàn thành tốt nhiệm vụ")).body("approval.score", equalTo(85.0f))
                .body("approval.decidedOn", equalTo(DECIDED)).body("approval.decisionNumber", equalTo("45-QĐ/ĐU"));
        approve(TestTokens.secretary(grassroots), id, proposed + 1, "GOOD", 85, DECIDED, 422)
                .body("errors[0].field", equalTo("rating.stage-order"));
        propose(TestTokens.secretary(cellA), id, proposed + 1, "EXCELLENT", 95, 422)
                .body("errors[0].field", equalTo("rating.stage-order"));

        given().auth().oauth2(aliceToken).when().get(BASE + "/" + id).then().statusCode(200)
                .body("approval.level", equalTo("GOOD"));
        given().auth().oauth2(TestTokens.inspector(grassroots)).when().get(BASE + "/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.inspector(other)).when().get(BASE + "/" + id).then().statusCode(403);

        // the member dossier's view: ?memberId= without an organization, every year
        given().auth().oauth2(aliceToken).when().get(BASE + "?memberId=" + alice).then().statusCode(200)
                .body("items.id", contains(id));
        given().auth().oauth2(TestTokens.member(cellA, bob)).when().get(BASE + "?memberId=" + alice).then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(BASE + "?memberId=" + alice).then()
                .statusCode(200).body("items.id", contains(id));
        given().auth().oauth2(TestTokens.secretary(other)).when().get(BASE + "?memberId=" + alice).then()
                .statusCode(200).body("totalItems", equalTo(0));

        assertEquals(List.of("CREATE:member-" + alice, "SELF_ASSESSMENT:member-" + alice,
                "PROPOSAL:secretary-" + cellA, "APPROVAL:secretary-" + grassroots),
                auditTrail.history("rating", id).stream().map(e -> e.action + ":" + e.actor).toList());
    }

    @Test
    void approvalNeedsAProposalAndAScoreInsideTheLevelsBand() {
        UUID member = UUID.randomUUID();
        String secretary = TestTokens.secretary(grassroots);
        String id = createMember(TestTokens.secretary(cellA), period, member, cellA, 201).extract().path("id");
        createMember(TestTokens.secretary(cellA), period, member, cellA, 409).contentType("application/problem+json");
        approve(secretary, id, 0, "GOOD", 80, DECIDED, 422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("rating.stage-order"));
        propose(TestTokens.secretary(cellA), id, 0, "EXCELLENT", 89.99, 422)
                .body("errors[0].field", equalTo("rating.score-band"));
        int v = propose(TestTokens.secretary(cellA), id, 0, "GOOD", 80, 200).extract().path("version");

        approve(secretary, id, v, "EXCELLENT", 89.99, DECIDED, 422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("rating.score-band")).body("detail", containsString("89.99"));
        approve(secretary, id, v, "GOOD", 90, DECIDED, 422).body("errors[0].field", equalTo("rating.score-band"));
        approve(secretary, id, v, "COMPLETED", 70, DECIDED, 422).body("errors[0].field", equalTo("rating.score-band"));
        approve(secretary, id, v, "NOT_COMPLETED", 50, DECIDED, 422).body("errors[0].field", equalTo("rating.score-band"));
        approve(secretary, id, v, "GOOD", 100.5, DECIDED, 400).body("errors.field", hasItem("score"));
        approve(secretary, id, v, "GOOD", 80.123, DECIDED, 400).body("errors.field", hasItem("score"));
        approve(secretary, id, v, "GOOD", "tám mươi", DECIDED, 400).body("errors.field", hasItem("score"));
        approve(secretary, id, v, "BEST", 80, DECIDED, 400).body("errors.field", hasItem("level"));
        approve(secretary, id, v, "GOOD", 80, "2020-12-31", 422).body("errors[0].field", equalTo("rating.decision-date"));
        approve(secretary, id, v, "GOOD", 80, "2999-01-01", 422).body("errors[0].field", equalTo("rating.decision-date"));
        // nothing was half-written by the refusals
        given().auth().oauth2(secretary).when().get(BASE + "/" + id).then().statusCode(200)
                .body("stage", equalTo("PROPOSED")).body("approval", nullValue()).body("version", equalTo(v));
        approve(secretary, id, v, "GOOD", 70, DECIDED, 200).body("approval.score", equalTo(70.0f))
                .body("approval.policyId", equalTo(1));
    }

    @Test
    void excellentMembersAreAtMostTwentyPercentOfThoseRatedGoodInTheGrassrootsOrganization() {
        String secretary = TestTokens.secretary(grassroots);
        for (int i = 0; i < 10; i++) {
            approvedMember(period, UUID.randomUUID(), i % 2 == 0 ? cellA : cellB, secretary, "GOOD", 80, DECIDED);
        }
        Object[] first = proposedMember(period, UUID.randomUUID(), cellA, "EXCELLENT", 95);
        Object[] second = proposedMember(period, UUID.randomUUID(), cellB, "EXCELLENT", 92.5);
        Object[] third = proposedMember(period, UUID.randomUUID(), cellA, "EXCELLENT", 91);
        approve(secretary, (String) first[0], (int) first[1], "EXCELLENT", 95, DECIDED, 200);
        // 2 of 10 rated good: exactly 20%, allowed
        approve(secretary, (String) second[0], (int) second[1], "EXCELLENT", 92.5, DECIDED, 200);
        approve(secretary, (String) third[0], (int) third[1], "EXCELLENT", 91, DECIDED, 422)
                .contentType("application/problem+json").body("status", equalTo(422))
                .body("errors[0].field", equalTo("rating.excellent-quota"))
                .body("detail", containsString("đã có 2 đảng viên HTXSNV, 10 HTTNV"));
        // the quota is per grassroots organization: the other one's members are not affected by this one's
        for (int i = 0; i < 5; i++) {
            approvedMember(period, UUID.randomUUID(), otherCell, TestTokens.secretary(other), "GOOD", 75, DECIDED);
        }
        Object[] elsewhere = proposedMember(period, UUID.randomUUID(), otherCell, "EXCELLENT", 90);
        approve(TestTokens.secretary(other), (String) elsewhere[0], (int) elsewhere[1], "EXCELLENT", 90, DECIDED, 200);
        // five more rated good in the grassroots organization make room for a third
        for (int i = 0; i < 5; i++) {
            approvedMember(period, UUID.randomUUID(), cellB, secretary, "GOOD", 88, DECIDED);
        }
        approve(secretary, (String) third[0], (int) third[1], "EXCELLENT", 91, DECIDED, 200);

        given().auth().oauth2(TestTokens.inspector(grassroots)).queryParam("organizationId", grassroots)
                .queryParam("year", 2021).when().get(BASE + "/summary").then().statusCode(200)
                .body("members.rated", equalTo(18)).body("members.excellent", equalTo(3))
                .body("members.good", equalTo(15)).body("members.goodOrBetterPercent", equalTo(100.0f))
                .body("members.excellentPercent", equalTo(16.7f));
        given().auth().oauth2(TestTokens.secretary(grassroots)).queryParam("organizationId", grassroots)
                .queryParam("year", 2021).queryParam("level", "EXCELLENT").queryParam("size", 2)
                .when().get(BASE).then().statusCode(200).body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .body("items.size()", equalTo(2));
    }

    @Test
    void twoConcurrentApprovalsCannotBothTakeTheLastExcellentPlace() throws Exception {
        String secretary = TestTokens.secretary(grassroots);
        for (int i = 0; i < 5; i++) {
            approvedMember(period, UUID.randomUUID(), cellA, secretary, "GOOD", 80, DECIDED);
        }
        // 5 rated good: room for exactly one excellent
        List<Object[]> candidates = List.of(proposedMember(period, UUID.randomUUID(), cellA, "EXCELLENT", 95),
                proposedMember(period, UUID.randomUUID(), cellB, "EXCELLENT", 96));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (Object[] candidate : candidates) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(secretary).contentType(ContentType.JSON)
                            .body(Map.of("version", candidate[1], "level", "EXCELLENT", "score", 95, "decidedOn", DECIDED))
                            .when().put(BASE + "/" + candidate[0] + "/approval").then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            statuses.sort(null);
            assertEquals(List.of(200, 422), statuses);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(secretary).queryParam("organizationId", grassroots).queryParam("year", 2021)
                .when().get(BASE + "/summary").then().statusCode(200).body("members.excellent", equalTo(1))
                .body("members.good", equalTo(5));
    }

    @Test
    void aMemberDisciplinedThatYearCannotBeExcellentButCanBeGoodAndAnnulledDisciplineIsIgnored() {
        UUID disciplined = UUID.randomUUID();
        UUID annulled = UUID.randomUUID();
        InspectionStub.server().stubFor(get(urlPathEqualTo(InspectionStub.PATH))
                .withQueryParam("memberId", WireMock.equalTo(disciplined.toString())).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(InspectionStub.page(InspectionStub.memberDecision(disciplined, cellA, "DECIDED")))));
        InspectionStub.server().stubFor(get(urlPathEqualTo(InspectionStub.PATH))
                .withQueryParam("memberId", WireMock.equalTo(annulled.toString())).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(InspectionStub.page(InspectionStub.memberDecision(annulled, cellA, "ANNULLED")))));
        String secretary = TestTokens.secretary(grassroots);
        for (int i = 0; i < 10; i++) {
            approvedMember(period, UUID.randomUUID(), cellB, secretary, "GOOD", 80, DECIDED);
        }
        Object[] d = proposedMember(period, disciplined, cellA, "EXCELLENT", 96);
        approve(secretary, (String) d[0], (int) d[1], "EXCELLENT", 96, DECIDED, 422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("rating.disciplined-not-excellent"))
                .body("detail", containsString("2021")).body("detail", containsString("12-QĐ/UBKT"));
        // the caller's token went to inspection with the member, the year and the approving organization
        InspectionStub.server().verify(getRequestedFor(urlPathEqualTo(InspectionStub.PATH))
                .withQueryParam("memberId", WireMock.equalTo(disciplined.toString()))
                .withQueryParam("year", WireMock.equalTo("2021"))
                .withQueryParam("organizationId", WireMock.equalTo(grassroots.toString()))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + secretary)));
        approve(secretary, (String) d[0], (int) d[1], "GOOD", 89, DECIDED, 200).body("approval.level", equalTo("GOOD"));

        Object[] a = proposedMember(period, annulled, cellA, "EXCELLENT", 93);
        approve(secretary, (String) a[0], (int) a[1], "EXCELLENT", 93, DECIDED, 200)
                .body("approval.level", equalTo("EXCELLENT"));
    }

    @Test
    void whenInspectionCannotAnswerExcellentIsRefusedWith503AndOtherLevelsStillWork() {
        UUID reset = UUID.randomUUID();
        UUID failing = UUID.randomUUID();
        InspectionStub.server().stubFor(get(urlPathEqualTo(InspectionStub.PATH))
                .withQueryParam("memberId", WireMock.equalTo(reset.toString())).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        InspectionStub.server().stubFor(get(urlPathEqualTo(InspectionStub.PATH))
                .withQueryParam("memberId", WireMock.equalTo(failing.toString())).atPriority(1)
                .willReturn(aResponse().withStatus(500)));
        String secretary = TestTokens.secretary(grassroots);
        for (int i = 0; i < 10; i++) {
            approvedMember(period, UUID.randomUUID(), cellA, secretary, "GOOD", 80, DECIDED);
        }
        Object[] r = proposedMember(period, reset, cellA, "EXCELLENT", 95);
        Object[] f = proposedMember(period, failing, cellB, "EXCELLENT", 95);
        approve(secretary, (String) r[0], (int) r[1], "EXCELLENT", 95, DECIDED, 503)
                .contentType("application/problem+json").body("status", equalTo(503))
                .body("detail", containsString("inspection-service unavailable"));
        approve(secretary, (String) f[0], (int) f[1], "EXCELLENT", 95, DECIDED, 503)
                .contentType("application/problem+json");
        approve(secretary, (String) r[0], (int) r[1], "GOOD", 85, DECIDED, 200);
        approve(secretary, (String) f[0], (int) f[1], "COMPLETED", 60, DECIDED, 200);
        // inspection refusing the caller's token is no answer either
        UUID refused = UUID.randomUUID();
        InspectionStub.server().stubFor(get(urlPathEqualTo(InspectionStub.PATH))
                .withQueryParam("memberId", WireMock.equalTo(refused.toString())).atPriority(1)
                .willReturn(aResponse().withStatus(403)));
        Object[] x = proposedMember(period, refused, cellA, "EXCELLENT", 95);
        approve(secretary, (String) x[0], (int) x[1], "EXCELLENT", 95, DECIDED, 503)
                .contentType("application/problem+json").body("detail", containsString("HTTP 403"));
        approve(secretary, (String) x[0], (int) x[1], "GOOD", 80, DECIDED, 200);
    }

    @Test
    void organizationsAreProposedByTheLevelAboveAndCannotBeExcellentWhenAUnitWasDisciplined() {
        InspectionStub.server().stubFor(get(urlPathEqualTo(InspectionStub.PATH))
                .withQueryParam("organizationId", WireMock.equalTo(grassroots.toString()))
                .withQueryParam("memberId", absent()).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(InspectionStub.page(
                        InspectionStub.organizationDecision(cellB, "DECIDED"),
                        InspectionStub.memberDecision(UUID.randomUUID(), cellB, "DECIDED")))));
        String id = createOrganization(TestTokens.secretary(grassroots), period, grassroots, 201)
                .body("subjectIsGrassroots", equalTo(true)).body("proposingOrganizationId", equalTo(bloc.toString()))
                .body("approvingOrganizationId", equalTo(bloc.toString())).extract().path("id");
        // self-assessment by its own secretary only
        selfAssess(TestTokens.secretary(bloc), id, 0, "EXCELLENT", 95, 403);
        int v = selfAssess(TestTokens.secretary(grassroots), id, 0, "EXCELLENT", 95, 200).extract().path("version");
        // the proposal comes from the level above
        propose(TestTokens.secretary(grassroots), id, v, "EXCELLENT", 95, 403);
        v = propose(TestTokens.secretary(bloc), id, v, "EXCELLENT", 94, 200).extract().path("version");
        approve(TestTokens.secretary(grassroots), id, v, "EXCELLENT", 94, DECIDED, 403);
        approve(TestTokens.blocAdmin(), id, v, "EXCELLENT", 94, DECIDED, 422)
                .body("errors[0].field", equalTo("rating.disciplined-not-excellent"))
                .body("detail", containsString("3-QĐ/ĐUK"));
        approve(TestTokens.blocAdmin(), id, v, "GOOD", 89, DECIDED, 200);

        // a cell: proposed and approved inside its grassroots organization
        String cell = createOrganization(TestTokens.secretary(grassroots), period, cellA, 201)
                .body("subjectIsGrassroots", equalTo(false))
                .body("proposingOrganizationId", equalTo(grassroots.toString()))
                .body("approvingOrganizationId", equalTo(grassroots.toString())).extract().path("id");
        int cv = propose(TestTokens.secretary(grassroots), cell, 0, "EXCELLENT", 92, 200).extract().path("version");
        approve(TestTokens.secretary(grassroots), cell, cv, "EXCELLENT", 92, DECIDED, 200);

        // the top of the tree is rated by the province
        createOrganization(TestTokens.blocAdmin(), period, bloc, 422).body("errors[0].field", equalTo("rating.root-not-rated"));
        createOrganization(TestTokens.secretary(grassroots), period, other, 403);
        createOrganization(TestTokens.blocAdmin(), period, UUID.randomUUID(), 422)
                .body("errors[0].field", equalTo("rating.subject-organization-unknown"));

        given().auth().oauth2(TestTokens.integration(bloc)).queryParam("organizationId", bloc).queryParam("year", 2021)
                .when().get(BASE + "/summary").then().statusCode(200)
                .body("grassrootsOrganizations.rated", equalTo(1)).body("grassrootsOrganizations.good", equalTo(1))
                .body("organizations.rated", equalTo(2)).body("organizations.excellent", equalTo(1))
                .body("cleanAndStrongOrganizations", equalTo(0));
    }

    @Test
    void onlyAnOrganizationApprovedExcellentIsDesignatedAndExemplaryNeedsCleanAndStrong() {
        String blocSecretary = TestTokens.secretary(bloc);
        String good = createOrganization(blocSecretary, period, other, 201).extract().path("id");
        int gv = propose(blocSecretary, good, 0, "GOOD", 85, 200).extract().path("version");
        // a GOOD organization is not named clean and strong
        approve(blocSecretary, good, gv, "GOOD", 85, DECIDED, List.of("CLEAN_AND_STRONG"), 422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(RatingRules.RULE_DESIGNATION_EXCELLENT_ONLY))
                .body("detail", containsString("EXCELLENT"));
        approve(blocSecretary, good, gv, "GOOD", 85, DECIDED, null, 200).body("approval.designations.size()",
                equalTo(0)).body("approval.designationName", nullValue());

        String id = createOrganization(blocSecretary, period, grassroots, 201).extract().path("id");
        int v = propose(blocSecretary, id, 0, "EXCELLENT", 95, 200).extract().path("version");
        // exemplary without clean and strong
        approve(blocSecretary, id, v, "EXCELLENT", 95, DECIDED, List.of("EXEMPLARY"), 422)
                .body("errors[0].field", equalTo(RatingRules.RULE_EXEMPLARY_NEEDS_CLEAN_AND_STRONG))
                .body("detail", containsString("CLEAN_AND_STRONG"));
        // an unknown designation, or a null one: 400 naming the field
        approve(blocSecretary, id, v, "EXCELLENT", 95, DECIDED, List.of("TIEU_BIEU"), 400)
                .contentType("application/problem+json").body("errors[0].field", containsString("designations"));
        approve(blocSecretary, id, v, "EXCELLENT", 95, DECIDED, java.util.Arrays.asList((String) null), 400)
                .contentType("application/problem+json").body("errors[0].field", containsString("designations"));
        // nothing was written by the refusals
        given().auth().oauth2(blocSecretary).when().get(BASE + "/" + id).then().statusCode(200)
                .body("stage", equalTo("PROPOSED")).body("version", equalTo(v)).body("approval", nullValue());
        approve(blocSecretary, id, v, "EXCELLENT", 95, DECIDED, List.of("EXEMPLARY", "CLEAN_AND_STRONG"), 200)
                .body("approval.designations", contains("CLEAN_AND_STRONG", "EXEMPLARY"))
                .body("approval.designationName", equalTo("Trong sạch, vững mạnh tiêu biểu"));
        assertEquals(1, auditTrail.history("rating", id).stream()
                .filter(e -> e.action.equals("APPROVAL") && e.changes.contains("EXEMPLARY")).count());

        // an EXCELLENT cell approved without the field is clean and strong (the meaning before designations); with []
        // it is not
        String cell = createOrganization(TestTokens.secretary(grassroots), period, cellA, 201).extract().path("id");
        int cv = propose(TestTokens.secretary(grassroots), cell, 0, "EXCELLENT", 91, 200).extract().path("version");
        approve(TestTokens.secretary(grassroots), cell, cv, "EXCELLENT", 91, DECIDED, 200)
                .body("approval.designations", contains("CLEAN_AND_STRONG"));
        String otherCellRating = createOrganization(TestTokens.secretary(other), period, otherCell, 201)
                .extract().path("id");
        int ov = propose(TestTokens.secretary(other), otherCellRating, 0, "EXCELLENT", 91, 200).extract().path("version");
        approve(TestTokens.secretary(other), otherCellRating, ov, "EXCELLENT", 91, DECIDED, List.of(), 200)
                .body("approval.designations.size()", equalTo(0));

        // a member is never designated
        Object[] member = proposedMember(period, UUID.randomUUID(), cellA, "GOOD", 80);
        approve(TestTokens.secretary(grassroots), (String) member[0], (int) member[1], "GOOD", 80, DECIDED,
                List.of("CLEAN_AND_STRONG"), 422)
                .body("errors[0].field", equalTo(RatingRules.RULE_DESIGNATION_ORGANIZATIONS_ONLY));
        approve(TestTokens.secretary(grassroots), (String) member[0], (int) member[1], "GOOD", 80, DECIDED, 200)
                .body("approval.designations.size()", equalTo(0));

        given().auth().oauth2(TestTokens.integration(bloc)).queryParam("organizationId", bloc).queryParam("year", 2021)
                .when().get("/api/events/statistics").then().statusCode(200)
                .body("ratings.grassrootsOrganizations.excellent", equalTo(1))
                .body("ratings.cleanAndStrongOrganizations", equalTo(1))
                .body("ratings.exemplaryOrganizations", equalTo(1));
        // streaks by designation: one year here, exemplary; only organizations, only EXCELLENT
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", bloc)
                .queryParam("subjectKind", "ORGANIZATION").queryParam("designation", "EXEMPLARY")
                .queryParam("years", 1).queryParam("toYear", 2021).when().get(BASE + "/streaks").then().statusCode(200)
                .body("designation", equalTo("EXEMPLARY")).body("subjects.organizationId", contains(grassroots.toString()))
                .body("subjects[0].years[0].designation", equalTo("EXEMPLARY"));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", bloc)
                .queryParam("subjectKind", "MEMBER").queryParam("designation", "CLEAN_AND_STRONG")
                .queryParam("toYear", 2021).when().get(BASE + "/streaks").then().statusCode(400)
                .body("errors[0].field", equalTo("designation"));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", bloc)
                .queryParam("subjectKind", "ORGANIZATION").queryParam("designation", "CLEAN_AND_STRONG")
                .queryParam("level", "GOOD").queryParam("toYear", 2021).when().get(BASE + "/streaks").then()
                .statusCode(400).body("errors[0].field", equalTo("level"));
    }

    @Test
    void anOrganizationWhoseCommitteeMemberWasDisciplinedCannotBeExcellentButARankAndFileMemberDoesNotBlockIt() {
        UUID leader = UUID.randomUUID();
        UUID rankAndFile = UUID.randomUUID();
        InspectionStub.server().stubFor(get(urlPathEqualTo(InspectionStub.PATH))
                .withQueryParam("organizationId", WireMock.equalTo(other.toString()))
                .withQueryParam("memberId", absent()).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(InspectionStub.page(
                        InspectionStub.memberDecision(leader, otherCell, "DECIDED")))));
        InspectionStub.server().stubFor(get(urlPathEqualTo(InspectionStub.PATH))
                .withQueryParam("organizationId", WireMock.equalTo(grassroots.toString()))
                .withQueryParam("memberId", absent()).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(InspectionStub.page(
                        InspectionStub.memberDecision(rankAndFile, cellA, "DECIDED"),
                        InspectionStub.organizationDecision(cellB, "ANNULLED")))));
        InspectionStub.server().stubFor(get(urlPathEqualTo("/api/membership/organizations/" + other + "/committee"))
                .withQueryParam("asOf", WireMock.equalTo("2021-05-10")).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"organizationId\":\"" + other + "\",\"partyCommittee\":[{\"memberId\":\"" + leader
                                + "\",\"position\":\"SECRETARY\"}],\"inspectionCommittee\":[]}")));
        String admin = TestTokens.blocAdmin();
        String led = createOrganization(admin, period, other, 201).extract().path("id");
        int v = propose(admin, led, 0, "EXCELLENT", 95, 200).extract().path("version");
        approve(admin, led, v, "EXCELLENT", 95, DECIDED, 422)
                .body("errors[0].field", equalTo("rating.disciplined-not-excellent"))
                .body("detail", containsString("cấp ủy viên"));
        InspectionStub.server().verify(getRequestedFor(
                urlPathEqualTo("/api/membership/organizations/" + other + "/committee"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + admin)));
        approve(admin, led, v, "GOOD", 85, DECIDED, 200);
        // a member outside the committee, and an annulled decision against a unit, do not block
        String clean = createOrganization(admin, period, grassroots, 201).extract().path("id");
        int w = propose(admin, clean, 0, "EXCELLENT", 95, 200).extract().path("version");
        approve(admin, clean, w, "EXCELLENT", 95, DECIDED, 200);
    }

    @Test
    void everyReadAndWriteNeedsATokenTheRightRoleAndScope() {
        for (String path : List.of(BASE, BASE + "/summary", BASE + "/streaks", BASE + "/mine", BASE + "/periods",
                BASE + "/policies", "/api/events/statistics")) {
            given().queryParam("organizationId", grassroots).queryParam("year", 2021).when().get(path).then()
                    .statusCode(401).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(Map.of("periodId", period, "subjectKind", "MEMBER")).when().post(BASE)
                .then().statusCode(401);

        String member = TestTokens.member(cellA, UUID.randomUUID());
        for (String path : List.of(BASE, BASE + "/summary", BASE + "/streaks", "/api/events/statistics",
                BASE + "/policies")) {
            given().auth().oauth2(member).queryParam("organizationId", cellA).queryParam("year", 2021)
                    .queryParam("subjectKind", "MEMBER").queryParam("toYear", 2021).when().get(path).then()
                    .statusCode(403).contentType("application/problem+json");
        }
        Object[] proposed = proposedMember(period, UUID.randomUUID(), cellA, "GOOD", 80);
        propose(member, (String) proposed[0], (int) proposed[1], "EXCELLENT", 95, 403);
        approve(member, (String) proposed[0], (int) proposed[1], "GOOD", 80, DECIDED, 403);
        given().auth().oauth2(member).when().get(BASE + "/" + proposed[0]).then().statusCode(403);
        // a member opens only their own rating
        createMember(member, period, UUID.randomUUID(), cellA, 403);
        createMember(member, period, null, cellB, 400).body("errors[0].field", equalTo("organizationId"));
        // read-only roles do not write
        propose(TestTokens.integration(bloc), (String) proposed[0], (int) proposed[1], "GOOD", 80, 403);
        approve(TestTokens.inspector(bloc), (String) proposed[0], (int) proposed[1], "GOOD", 80, DECIDED, 403);
        // secretaries read their own subtree only
        given().auth().oauth2(TestTokens.secretary(other)).queryParam("organizationId", grassroots)
                .queryParam("year", 2021).when().get(BASE + "/summary").then().statusCode(403);
        given().auth().oauth2(TestTokens.secretary(cellA)).queryParam("organizationId", grassroots)
                .queryParam("year", 2021).when().get(BASE).then().statusCode(403);
        given().auth().oauth2(TestTokens.secretary(other)).queryParam("organizationId", grassroots)
                .queryParam("year", 2021).when().get("/api/events/statistics").then().statusCode(403);
        // no service identity reads results (callers propagate the user's token): not the services' own clients,
        // not the retired shared party-service role, even with the bloc as organization
        for (String service : List.of(TestTokens.eventsService(), TestTokens.inspectionService(),
                TestTokens.token("service-account-party-services", java.util.Set.of("party-service"), bloc, null))) {
            for (String path : List.of("/api/events/statistics", BASE + "/summary", BASE + "/streaks", BASE)) {
                given().auth().oauth2(service).queryParam("organizationId", grassroots).queryParam("year", 2021)
                        .queryParam("toYear", 2021).queryParam("subjectKind", "MEMBER").when().get(path).then()
                        .statusCode(403).contentType("application/problem+json");
            }
            given().auth().oauth2(service).queryParam("year", 2021).when().get(BASE + "/periods").then().statusCode(403);
        }
        // periods and policies: bloc-admin only
        given().auth().oauth2(TestTokens.secretary(bloc)).contentType(ContentType.JSON)
                .body(Map.of("kind", "YEAR", "year", 2030)).when().post(BASE + "/periods").then().statusCode(403);
        // bad input
        given().auth().oauth2(TestTokens.secretary(grassroots)).queryParam("organizationId", grassroots)
                .when().get(BASE).then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().auth().oauth2(TestTokens.secretary(grassroots)).queryParam("organizationId", grassroots)
                .queryParam("year", 2021).queryParam("level", "BEST").when().get(BASE).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("level"));
        given().auth().oauth2(TestTokens.secretary(grassroots)).queryParam("organizationId", grassroots)
                .queryParam("subjectKind", "PERSON").queryParam("toYear", 2021).when().get(BASE + "/streaks").then()
                .statusCode(400).body("errors[0].field", equalTo("subjectKind"));
        given().auth().oauth2(TestTokens.secretary(grassroots)).queryParam("organizationId", grassroots)
                .queryParam("subjectKind", "MEMBER").queryParam("toYear", 2021).queryParam("years", 0)
                .when().get(BASE + "/streaks").then().statusCode(400).body("errors[0].field", equalTo("years"));
        given().auth().oauth2(TestTokens.secretary(grassroots)).contentType(ContentType.JSON)
                .body(Map.of("periodId", period, "subjectKind", "MEMBER", "memberId", UUID.randomUUID().toString(),
                        "organizationId", cellA.toString(), "colour", "red"))
                .when().post(BASE).then().statusCode(400).body("errors[0].field", equalTo("colour"));
        given().auth().oauth2(TestTokens.secretary(grassroots)).contentType(ContentType.JSON)
                .body(Map.of("periodId", UUID.randomUUID().toString(), "subjectKind", "MEMBER",
                        "memberId", UUID.randomUUID().toString(), "organizationId", cellA.toString()))
                .when().post(BASE).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void periodsAreYearsQuartersAndTerms() {
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "QUARTER", "year", 2021)).when().post(BASE + "/periods").then().statusCode(400)
                .body("errors[0].field", equalTo("quarter"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "YEAR", "year", 2021, "quarter", 2)).when().post(BASE + "/periods").then()
                .statusCode(400).body("errors[0].field", equalTo("quarter"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "YEAR", "year", 2021)).when().post(BASE + "/periods").then().statusCode(409);
        var quarter = given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "QUARTER", "year", 2019, "quarter", 3)).when().post(BASE + "/periods").then()
                .extract();
        if (quarter.statusCode() == 201) {
            assertEquals("2019-Q3", quarter.path("code"));
            assertEquals("2019-07-01", quarter.path("startsOn"));
            assertEquals("2019-09-30", quarter.path("endsOn"));
        }
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "TERM", "year", 2025, "termFromYear", 2020)).when().post(BASE + "/periods").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(409)));
        given().auth().oauth2(TestTokens.member(cellA, UUID.randomUUID())).queryParam("year", 2025)
                .when().get(BASE + "/periods").then().statusCode(200).body("code", hasItem("2020-2025"))
                .body("find { it.code == '2020-2025' }.startsOn", equalTo("2020-01-01"));
    }

    @Test
    void thresholdsArePolicyDataSeededFromTheDomainAndAddedByBlocAdmin() {
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(BASE + "/policies/on/2021-06-01").then()
                .statusCode(200).body("excellentMin", equalTo(90.0f)).body("goodMin", equalTo(70.0f))
                .body("completedMin", equalTo(50.0f)).body("excellentQuotaPercent", equalTo(20))
                .body("excellentQuotaBase", equalTo("GOOD"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/policies/on/1900-01-01").then()
                .statusCode(404).contentType("application/problem+json");
        Map<String, Object> version = new java.util.HashMap<>(Map.of("effectiveFrom", "1930-02-03", "reference",
                "QĐ thử", "excellentMin", 95, "goodMin", 75, "completedMin", 55, "excellentQuotaPercent", 15,
                "excellentQuotaBase", "GOOD_OR_BETTER"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(version)
                .when().post(BASE + "/policies").then().statusCode(422)
                .body("errors[0].field", equalTo("rating-policy.not-after-latest"));
        version.put("effectiveFrom", "2150-01-01");
        version.put("goodMin", 96);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(version)
                .when().post(BASE + "/policies").then().statusCode(400).body("errors[0].field", equalTo("goodMin"));
        version.put("goodMin", 75.5);
        given().auth().oauth2(TestTokens.secretary(bloc)).contentType(ContentType.JSON).body(version)
                .when().post(BASE + "/policies").then().statusCode(403);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(version)
                .when().post(BASE + "/policies").then().statusCode(201).body("goodMin", equalTo(75.5f))
                .body("createdBy", equalTo("admin"));
        given().auth().oauth2(TestTokens.inspector(bloc)).when().get(BASE + "/policies/on/2150-06-01").then()
                .statusCode(200).body("excellentMin", equalTo(95.0f)).body("excellentQuotaBase", equalTo("GOOD_OR_BETTER"));
        given().auth().oauth2(TestTokens.inspector(bloc)).when().get(BASE + "/policies/on/2149-12-31").then()
                .statusCode(200).body("excellentMin", equalTo(90.0f));
    }
}
