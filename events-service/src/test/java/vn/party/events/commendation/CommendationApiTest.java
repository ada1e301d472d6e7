package vn.party.events.commendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.party.common.persistence.AuditTrail;
import vn.party.contracts.ContractExamples;
import vn.party.contracts.memberevents.MemberEventPage;
import vn.party.events.commendation.FakeMembershipDirectory.Member;
import vn.party.events.commendation.membership.MembershipEventsPoller;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipDirectory.class)
class CommendationApiTest {

    private static final String BASE = "/api/events/commendations";
    private static final LocalDate SEPT_2 = LocalDate.of(2026, 9, 2);
    private static final AtomicLong SEQUENCE = new AtomicLong(1000);

    private final UUID bloc = UUID.randomUUID();
    private final UUID grassroots = UUID.randomUUID();
    private final UUID cell = UUID.randomUUID();
    private final UUID sibling = UUID.randomUUID();

    @Inject
    AuditTrail auditTrail;

    @Inject
    MembershipEventsPoller poller;

    @BeforeEach
    void tree() {
        place(bloc, null, "Đảng bộ Khối", "BLOC_COMMITTEE");
        place(grassroots, bloc, "Đảng bộ Sở Giao thông", "GRASSROOTS_COMMITTEE");
        place(cell, grassroots, "Chi bộ Văn phòng", "SUBORDINATE_CELL");
        place(sibling, bloc, "Chi bộ Sở Tài chính", "GRASSROOTS_CELL");
    }

    private static void place(UUID id, UUID parent, String name, String type) {
        FakeMembershipTree.place(id, parent, name, type);
    }

    private Member member(UUID organization, String name, LocalDate decision, LocalDate ceremony) {
        Member m = new Member(UUID.randomUUID(), organization, name, decision, ceremony, "OFFICIAL");
        FakeMembershipDirectory.member(m);
        return m;
    }

    // ---- policy and decisions ----

    @Test
    void aLevelGrantingAFormItMayNotIsRefusedNamingTheRule() {
        Member m = member(cell, "Nguyễn Văn An", LocalDate.of(2000, 1, 1), LocalDate.of(2000, 2, 1));
        // Bằng khen is the provincial committee's: a grassroots committee may not grant it
        record(TestTokens.secretary(grassroots), decision("BANG_KHEN", "GRASSROOTS", grassroots, null, m.id(), null), 422)
                .contentType("application/problem+json")
                .body("errors.field", contains(CommendationService.RULE_FORM_NOT_ALLOWED))
                .body("detail", containsString("PROVINCIAL"));
        // the bloc committee may grant Giấy khen but not the party badge
        record(TestTokens.blocAdmin(), withMilestone(decision("HUY_HIEU_DANG", "BLOC", bloc, null, m.id(), null), 30), 422)
                .body("errors.field", contains(CommendationService.RULE_FORM_NOT_ALLOWED));
        // biểu dương is the cell's
        record(TestTokens.secretary(cell), decision("BIEU_DUONG", "CELL", cell, null, m.id(), null), 201)
                .body("[0].issuingOrganizationName", equalTo("Chi bộ Văn phòng")).body("[0].recipientName", equalTo("Nguyễn Văn An"));
        // the level must be the issuing organization's: a đảng bộ cơ sở is not a cell
        record(TestTokens.secretary(grassroots), decision("BIEU_DUONG", "CELL", grassroots, null, m.id(), null), 422)
                .body("errors.field", contains(CommendationService.RULE_ISSUER_LEVEL_MISMATCH));
        // a recipient outside the issuing organization
        Member outside = member(sibling, "Trần Thị Bình", LocalDate.of(2000, 1, 1), LocalDate.of(2000, 2, 1));
        record(TestTokens.blocAdmin(), decision("GIAY_KHEN", "GRASSROOTS", grassroots, null, outside.id(), null), 422)
                .body("errors.field", contains(CommendationService.RULE_RECIPIENT_OUTSIDE_ISSUER));
        // provincial and State decisions are recorded by bloc-admin only
        record(TestTokens.secretary(grassroots), decision("BANG_KHEN", "PROVINCIAL", null, "BTV Tỉnh ủy", m.id(), null), 403);
        record(TestTokens.blocAdmin(), decision("BANG_KHEN", "PROVINCIAL", null, "BTV Tỉnh ủy", m.id(), null), 201)
                .body("[0].issuingLevel", equalTo("PROVINCIAL")).body("[0].formName", equalTo("Bằng khen"));
        // the same decision recorded twice for the same recipient
        record(TestTokens.blocAdmin(), decision("BANG_KHEN", "PROVINCIAL", null, "BTV Tỉnh ủy", m.id(), null), 409)
                .contentType("application/problem+json").body("errors.field", contains("commendation_decision_recipient_uq"));
        // bad input: both ids, a future date, a milestone on another form
        Map<String, Object> both = decision("GIAY_KHEN", "GRASSROOTS", grassroots, null, m.id(), null);
        both.put("recipients", List.of(Map.of("memberId", m.id().toString(), "organizationId", cell.toString())));
        record(TestTokens.secretary(grassroots), both, 400).body("errors.field", contains("recipients[0]"));
        Map<String, Object> future = decision("GIAY_KHEN", "GRASSROOTS", grassroots, null, m.id(), null);
        future.put("decisionDate", LocalDate.now().plusDays(5).toString());
        record(TestTokens.secretary(grassroots), future, 422).body("errors.field", contains(CommendationService.RULE_DECISION_IN_FUTURE));
        record(TestTokens.secretary(grassroots), withMilestone(decision("GIAY_KHEN", "GRASSROOTS", grassroots, null, m.id(), null), 30), 400)
                .body("errors.field", contains("badgeMilestone"));
        // an inspector or a member records nothing
        record(TestTokens.inspector(bloc), decision("GIAY_KHEN", "GRASSROOTS", grassroots, null, m.id(), null), 403);
        record(TestTokens.member(cell, m.id()), decision("BIEU_DUONG", "CELL", cell, null, m.id(), null), 403);
    }

    @Test
    void policyIsDataReadByStaffAndVersionedByBlocAdmin() {
        given().auth().oauth2(TestTokens.secretary(cell)).when().get(BASE + "/policies/on/2026-01-01").then().statusCode(200)
                .body("grants.BIEU_DUONG", contains("CELL"))
                .body("grants.GIAY_KHEN", contains("GRASSROOTS", "BLOC"))
                .body("grants.HUY_HIEU_DANG", contains("PROVINCIAL"))
                .body("grants.HUAN_CHUONG", contains("STATE"))
                .body("badgeMilestones.years", contains(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90))
                .body("badgeMilestones.find { it.years == 65 }.earlyMonths", equalTo(12))
                .body("badgeMilestones.find { it.years == 70 }.earlyMonths", equalTo(24))
                .body("presentationDays", contains("02-03", "05-19", "09-02", "11-07"));
        Map<String, Object> version = new HashMap<>();
        version.put("effectiveFrom", "2099-01-01");
        version.put("grants", List.of(Map.of("form", "GIAY_KHEN", "issuingLevel", "CELL")));
        version.put("badgeMilestones", List.of(Map.of("years", 30, "earlyMonths", 12)));
        version.put("presentationDays", List.of(Map.of("month", 9, "day", 2)));
        given().auth().oauth2(TestTokens.secretary(bloc)).contentType(ContentType.JSON).body(version)
                .when().post(BASE + "/policies").then().statusCode(403);
        version.put("presentationDays", List.of(Map.of("month", 2, "day", 30)));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(version)
                .when().post(BASE + "/policies").then().statusCode(400).body("errors.field", contains("presentationDays"));
        version.put("presentationDays", List.of(Map.of("month", 9, "day", 2)));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(version)
                .when().post(BASE + "/policies").then().statusCode(201).body("grants.GIAY_KHEN", contains("CELL"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(version)
                .when().post(BASE + "/policies").then().statusCode(422)
                .body("errors.field", contains("commendation-policy.not-after-latest"));
        given().auth().oauth2(TestTokens.inspector(bloc)).when().get(BASE + "/policies").then().statusCode(200)
                .body("effectiveFrom", hasItem("2099-01-01"))
                .body("find { it.effectiveFrom == '1930-02-03' }.effectiveUntil", equalTo("2099-01-01"));
        given().when().get(BASE + "/policies").then().statusCode(401);
    }

    // ---- party badge list ----

    @Test
    void badgeListForSeptemberSecondHasExactlyTheMembersReachingAMilestoneByThen() {
        // on the day: decided 2/9/1996 (ceremony a month later: only the decision date puts them on the list)
        Member onTheDay = new Member(UUID.randomUUID(), cell, "Lê Văn Đúng", LocalDate.of(1996, 9, 2), LocalDate.of(1996, 10, 1), "OFFICIAL");
        // one day after: not on it
        Member dayAfter = new Member(UUID.randomUUID(), cell, "Phạm Văn Sau", LocalDate.of(1996, 9, 3), LocalDate.of(1996, 10, 1), "OFFICIAL");
        // forty years reached in May
        Member forty = new Member(UUID.randomUUID(), grassroots, "Hoàng Thị Bốn", LocalDate.of(1986, 5, 1), LocalDate.of(1986, 5, 20), "EXEMPTED");
        // thirty years reached in January, already awarded in March
        Member awarded = new Member(UUID.randomUUID(), cell, "Vũ Văn Có", LocalDate.of(1996, 1, 10), LocalDate.of(1996, 2, 1), "OFFICIAL");
        // seriously ill: thirty years in six months (within 12) is on it, in thirteen months is not; 70 years in 20 months (within 24) is
        Member illSoon = new Member(UUID.randomUUID(), cell, "Đỗ Văn Ốm", LocalDate.of(1997, 3, 1), LocalDate.of(1997, 3, 20), "OFFICIAL");
        Member illLate = new Member(UUID.randomUUID(), cell, "Ngô Văn Muộn", LocalDate.of(1997, 10, 2), LocalDate.of(1997, 10, 20), "OFFICIAL");
        Member illSeventy = new Member(UUID.randomUUID(), cell, "Bùi Văn Bảy", LocalDate.of(1958, 5, 1), LocalDate.of(1958, 5, 19), "OFFICIAL");
        // not seriously ill, the same seniority as illSoon: not on it
        Member notIll = new Member(UUID.randomUUID(), cell, "Đinh Văn Khỏe", LocalDate.of(1997, 3, 1), LocalDate.of(1997, 3, 20), "OFFICIAL");
        // expelled: not in membership's active list
        Member expelled = new Member(UUID.randomUUID(), cell, "Lý Văn Trừ", LocalDate.of(1990, 1, 1), LocalDate.of(1990, 2, 1), "EXPELLED");
        // young member: nothing
        Member young = new Member(UUID.randomUUID(), cell, "Mai Văn Trẻ", LocalDate.of(2015, 1, 1), LocalDate.of(2015, 2, 1), "OFFICIAL");
        FakeMembershipDirectory.register(grassroots, List.of(onTheDay, dayAfter, forty, awarded, illSoon, illLate, illSeventy,
                notIll, expelled, young));

        record(TestTokens.blocAdmin(), withMilestone(decision("HUY_HIEU_DANG", "PROVINCIAL", null, "BTV Tỉnh ủy",
                awarded.id(), "2026-03-01"), 30), 201).body("[0].badgeMilestone", equalTo(30)).body("[0].badgeEarly", equalTo(false));
        for (Member ill : List.of(illSoon, illLate, illSeventy)) {
            given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON)
                    .body(Map.of("memberId", ill.id().toString(), "certifiedOn", "2026-06-01", "reason", "Ung thư giai đoạn cuối"))
                    .when().post(BASE + "/early-award-cases").then().statusCode(201);
        }
        given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON)
                .body(Map.of("memberId", illSoon.id().toString(), "certifiedOn", "2026-06-01", "reason", "again"))
                .when().post(BASE + "/early-award-cases").then().statusCode(409);

        eligibility(TestTokens.secretary(grassroots), grassroots, SEPT_2.toString(), 200)
                .body("presentationDate", equalTo("2026-09-02"))
                .body("members.memberId", contains(illSeventy.id().toString(), forty.id().toString(),
                        onTheDay.id().toString(), illSoon.id().toString()))
                .body("total", equalTo(4))
                .body("members[0].milestone", equalTo(70)).body("members[0].early", equalTo(true))
                .body("members[0].milestoneReachedOn", equalTo("2028-05-01"))
                .body("members[1].milestone", equalTo(40)).body("members[1].seniorityYears", equalTo(40))
                .body("members[1].status", equalTo("EXEMPTED"))
                .body("members[2].milestone", equalTo(30)).body("members[2].early", equalTo(false))
                .body("members[2].seniorityCountedFrom", equalTo("1996-09-02")).body("members[2].fromDecisionDate", equalTo(true))
                .body("members[2].milestoneReachedOn", equalTo("2026-09-02")).body("members[2].seniorityYears", equalTo(30))
                .body("members[3].milestone", equalTo(30)).body("members[3].early", equalTo(true))
                .body("members[3].seniorityYears", equalTo(29));
        // the cell's subtree is asked of membership for the cell only
        FakeMembershipDirectory.register(cell, List.of(onTheDay, dayAfter));
        eligibility(TestTokens.secretary(cell), cell, SEPT_2.toString(), 200).body("members.memberId", contains(onTheDay.id().toString()));
        // on 7/11 the one-day-later member is on it too
        FakeMembershipDirectory.register(cell, List.of(onTheDay, dayAfter));
        eligibility(TestTokens.secretary(cell), cell, "2026-11-07", 200)
                .body("members.memberId", containsInAnyOrder(onTheDay.id().toString(), dayAfter.id().toString()));
        // only presentation days; only in scope
        eligibility(TestTokens.secretary(grassroots), grassroots, "2026-09-03", 422)
                .body("errors.field", contains(BadgeEligibilityService.RULE_NOT_PRESENTATION_DAY));
        eligibility(TestTokens.secretary(sibling), grassroots, SEPT_2.toString(), 403);
        eligibility(TestTokens.member(cell, onTheDay.id()), cell, SEPT_2.toString(), 403);

        // awarding the listed member takes them off the list; awarding a member below the milestone is refused
        record(TestTokens.blocAdmin(), withMilestone(decision("HUY_HIEU_DANG", "PROVINCIAL", null, "BTV Tỉnh ủy",
                onTheDay.id(), "2026-09-02"), 30), 201);
        record(TestTokens.blocAdmin(), withMilestone(decision("HUY_HIEU_DANG", "PROVINCIAL", null, "BTV Tỉnh ủy",
                onTheDay.id(), "2026-09-02"), 30), 422).body("errors.field", contains(CommendationService.RULE_BADGE_ALREADY_HELD));
        record(TestTokens.blocAdmin(), withMilestone(decision("HUY_HIEU_DANG", "PROVINCIAL", null, "BTV Tỉnh ủy",
                dayAfter.id(), "2026-09-02"), 30), 422).body("errors.field", contains(CommendationService.RULE_BADGE_NOT_REACHED));
        record(TestTokens.blocAdmin(), withMilestone(decision("HUY_HIEU_DANG", "PROVINCIAL", null, "BTV Tỉnh ủy",
                onTheDay.id(), "2026-09-02"), 35), 422).body("errors.field", contains(CommendationService.RULE_BADGE_MILESTONE_UNKNOWN));
        // the seriously ill member early: allowed, marked early
        record(TestTokens.blocAdmin(), withMilestone(decision("HUY_HIEU_DANG", "PROVINCIAL", null, "BTV Tỉnh ủy",
                illSoon.id(), "2026-09-02"), 30), 201).body("[0].badgeEarly", equalTo(true));
        FakeMembershipDirectory.register(cell, List.of(onTheDay, dayAfter));
        eligibility(TestTokens.secretary(cell), cell, SEPT_2.toString(), 200).body("members", hasSize(0));
        given().auth().oauth2(TestTokens.inspector(grassroots)).queryParam("organizationId", grassroots)
                .when().get(BASE + "/early-award-cases").then().statusCode(200).body("memberId", hasSize(3));
    }

    @Test
    void membershipDownIsA503AndNothingIsWritten() {
        UUID lonely = UUID.randomUUID();
        place(lonely, bloc, "Chi bộ cơ sở X", "GRASSROOTS_CELL");
        FakeMembershipDirectory.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock
                .get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/membership/members"))
                .withQueryParam("organizationId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(lonely.toString()))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(500)));
        eligibility(TestTokens.secretary(lonely), lonely, SEPT_2.toString(), 503).contentType("application/problem+json");
        UUID unknownMember = UUID.randomUUID();
        FakeMembershipDirectory.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock
                .get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(FakeMembershipDirectory.factsPath(unknownMember)))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(502)));
        Member known = member(lonely, "Người biết", LocalDate.of(2000, 1, 1), LocalDate.of(2000, 2, 1));
        Map<String, Object> body = decisionFor("GIAY_KHEN", "GRASSROOTS", lonely, null,
                List.of(Map.of("memberId", known.id().toString()), Map.of("memberId", unknownMember.toString())), null);
        record(TestTokens.secretary(lonely), body, 503);
        // all or nothing: the first recipient was not written either
        given().auth().oauth2(TestTokens.secretary(lonely)).queryParam("organizationId", lonely).when().get(BASE)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    // ---- expulsion ----

    @Test
    void expulsionRevokesTheBadgeOnceAndTheCursorAdvancesOnlyWithTheChange() throws Exception {
        Member m = member(cell, "Trịnh Văn Khai", LocalDate.of(1990, 1, 1), LocalDate.of(1990, 2, 1));
        Member other = member(cell, "Hồ Văn Khác", LocalDate.of(1990, 1, 1), LocalDate.of(1990, 2, 1));
        String badge = record(TestTokens.blocAdmin(), withMilestone(decision("HUY_HIEU_DANG", "PROVINCIAL", null,
                "BTV Tỉnh ủy", m.id(), "2026-02-03"), 30), 201).extract().path("[0].id");
        String merit = record(TestTokens.secretary(grassroots), decision("GIAY_KHEN", "GRASSROOTS", grassroots, null,
                m.id(), "2026-02-03"), 201).extract().path("[0].id");
        String otherBadge = record(TestTokens.blocAdmin(), withMilestone(decision("HUY_HIEU_DANG", "PROVINCIAL", null,
                "BTV Tỉnh ủy", other.id(), "2026-02-03"), 30), 201).extract().path("[0].id");

        // membership unavailable: nothing applied, the cursor stays
        FakeMembershipDirectory.feed(200, "{\"items\":[],\"next\":0,\"hasMore\":false}");
        long before = poller.poll().cursor();
        FakeMembershipDirectory.feed(500, "{}");
        assertThrows(RuntimeException.class, () -> poller.poll());
        FakeMembershipDirectory.feed(200, "{\"items\":[],\"next\":0,\"hasMore\":false}");
        assertEquals(before, poller.poll().cursor());
        long s1 = SEQUENCE.addAndGet(10);
        long s2 = s1 + 1;
        String body = "{\"items\":[" + FakeMembershipDirectory.event(s1, m.id(), cell, "STATUS_CHANGED", "EXPELLED", LocalDate.of(2026, 10, 15))
                + "," + FakeMembershipDirectory.event(s2, other.id(), cell, "STATUS_CHANGED", "EXEMPTED", LocalDate.of(2026, 10, 16))
                + "],\"next\":" + s2 + ",\"hasMore\":false}";
        FakeMembershipDirectory.feed(200, body);
        MembershipEventsPoller.Outcome first = poller.poll();
        assertEquals(1, first.badgesRevoked());
        assertEquals(s2, first.cursor());
        assertTrue(first.cursor() > before);
        // the same events again change nothing
        MembershipEventsPoller.Outcome again = poller.poll();
        assertEquals(0, again.badgesRevoked());
        assertEquals(s2, again.cursor());
        // a second poller that read the same batch before the first applied it: under the cursor's lock it skips it
        MemberEventPage stale = ContractExamples.strictMapper().readValue(body, MemberEventPage.class);
        MembershipEventsPoller.Outcome late = QuarkusTransaction.requiringNew().call(() -> poller.apply(stale));
        assertEquals(0, late.badgesRevoked());
        assertEquals(s2, late.cursor());
        assertEquals(List.of("CREATE", "REVOKE"), auditTrail.history("commendation", badge).stream().map(e -> e.action).toList());
        assertEquals("system:membership-events", auditTrail.history("commendation", badge).get(1).actor);
        // the feed was read with a client-credentials token
        assertTrue(FakeMembershipDirectory.feedAuthorizations().stream().allMatch(h -> h != null && h.startsWith("Bearer ")));

        given().auth().oauth2(TestTokens.member(cell, m.id())).when().get(BASE + "/mine").then().statusCode(200)
                .body("items.find { it.id == '" + badge + "' }.revoked", equalTo(true))
                .body("items.find { it.id == '" + badge + "' }.revokedOn", equalTo("2026-10-15"))
                .body("items.find { it.id == '" + badge + "' }.revocationReason", containsString("khai trừ"))
                .body("items.find { it.id == '" + merit + "' }.revoked", equalTo(false));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + otherBadge).then().statusCode(200)
                .body("revoked", equalTo(false)).body("revokedOn", nullValue());
        // a revoked badge is not held: were the member on the active roll again (readmitted), they are on the list
        // and the 30-year badge may be awarded again
        FakeMembershipDirectory.register(cell, List.of(m, other));
        eligibility(TestTokens.secretary(cell), cell, "2026-11-07", 200)
                .body("members.memberId", contains(m.id().toString()))
                .body("members[0].milestone", equalTo(30)).body("members[0].highestHeldMilestone", nullValue());
        record(TestTokens.blocAdmin(), withMilestone(decision("HUY_HIEU_DANG", "PROVINCIAL", null, "BTV Tỉnh ủy",
                m.id(), "2026-11-07"), 30), 201);
        given().auth().oauth2(TestTokens.secretary(grassroots)).queryParam("organizationId", grassroots).queryParam("year", 2026)
                .when().get(BASE + "/statistics").then().statusCode(200)
                .body("badgesRevoked", equalTo(1)).body("badgesAwarded", equalTo(3));
    }

    // ---- proposals ----

    @Test
    void proposalsGoUpALevelAndAreApprovedOrRejectedOnce() {
        Member m = member(cell, "Cao Văn Đề", LocalDate.of(2005, 1, 1), LocalDate.of(2005, 2, 1));
        Map<String, Object> proposal = new HashMap<>();
        proposal.put("proposingOrganizationId", cell.toString());
        proposal.put("targetLevel", "GRASSROOTS");
        proposal.put("targetOrganizationId", grassroots.toString());
        proposal.put("form", "GIAY_KHEN");
        proposal.put("reasons", "Hoàn thành xuất sắc nhiệm vụ 5 năm liền");
        proposal.put("recipients", List.of(Map.of("memberId", m.id().toString()), Map.of("organizationId", cell.toString())));
        ValidatableResponse submitted = given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON)
                .body(proposal).when().post(BASE + "/proposals").then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).body("recipients", hasSize(2));
        String id = submitted.extract().path("id");
        int version = submitted.extract().path("version");

        // the proposer cannot approve its own proposal; a stale version is 409
        approve(TestTokens.secretary(cell), id, version, 403);
        approve(TestTokens.secretary(grassroots), id, version + 7, 409);
        ValidatableResponse approved = approve(TestTokens.secretary(grassroots), id, version, 200)
                .body("proposal.status", equalTo("APPROVED")).body("proposal.decisionNumber", equalTo("15-QĐ/ĐU"))
                .body("commendations", hasSize(2))
                .body("commendations.recipientKind", containsInAnyOrder("MEMBER", "ORGANIZATION"))
                .body("commendations[0].proposalId", equalTo(id))
                .body("commendations[0].issuingOrganizationName", equalTo("Đảng bộ Sở Giao thông"));
        int after = approved.extract().path("proposal.version");
        approve(TestTokens.secretary(grassroots), id, after, 409);
        reject(TestTokens.secretary(grassroots), id, after, "muộn", 409);
        assertEquals(List.of("CREATE", "APPROVE"), auditTrail.history("commendation-proposal", id).stream()
                .map(e -> e.action).toList());
        given().auth().oauth2(TestTokens.secretary(grassroots)).queryParam("memberId", m.id())
                .when().get(BASE).then().statusCode(200).body("items", hasSize(1)).body("items[0].form", equalTo("GIAY_KHEN"));

        // rejected with a reason, then final
        String second = given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON).body(proposal)
                .when().post(BASE + "/proposals").then().statusCode(201).extract().path("id");
        reject(TestTokens.secretary(grassroots), second, 0, " ", 400);
        reject(TestTokens.secretary(grassroots), second, 0, "Chưa đủ tiêu chuẩn", 200)
                .body("status", equalTo("REJECTED")).body("rejectionReason", equalTo("Chưa đủ tiêu chuẩn"));
        approve(TestTokens.secretary(grassroots), second, 1, 409);
        given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON).body(Map.of("version", 1))
                .when().post(BASE + "/proposals/" + second + "/withdrawal").then().statusCode(409);

        // the target must be above the proposer and allowed to grant the form
        Map<String, Object> sideways = new HashMap<>(proposal);
        sideways.put("targetOrganizationId", sibling.toString());
        given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON).body(sideways)
                .when().post(BASE + "/proposals").then().statusCode(422)
                .body("errors.field", contains(ProposalService.RULE_TARGET_NOT_ABOVE));
        Map<String, Object> notAllowed = new HashMap<>(proposal);
        notAllowed.put("form", "BANG_KHEN");
        given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON).body(notAllowed)
                .when().post(BASE + "/proposals").then().statusCode(422)
                .body("errors.field", contains(CommendationService.RULE_FORM_NOT_ALLOWED));
        // to the province: only bloc-admin records its decision
        Map<String, Object> provincial = new HashMap<>(proposal);
        provincial.put("targetLevel", "PROVINCIAL");
        provincial.remove("targetOrganizationId");
        provincial.put("form", "BANG_KHEN");
        String third = given().auth().oauth2(TestTokens.secretary(grassroots)).contentType(ContentType.JSON).body(provincial)
                .when().post(BASE + "/proposals").then().statusCode(201).extract().path("id");
        approve(TestTokens.secretary(grassroots), third, 0, 403);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "decisionNumber", "1234-QĐ/TU", "decisionDate", "2026-06-01",
                        "issuingOrganizationName", "Ban Thường vụ Tỉnh ủy"))
                .when().post(BASE + "/proposals/" + third + "/approval").then().statusCode(200)
                .body("commendations.issuingLevel", contains("PROVINCIAL", "PROVINCIAL"));
        // the proposer withdraws a submitted proposal; then it is final
        String fourth = given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON).body(proposal)
                .when().post(BASE + "/proposals").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.secretary(sibling)).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post(BASE + "/proposals/" + fourth + "/withdrawal").then().statusCode(403);
        given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post(BASE + "/proposals/" + fourth + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        approve(TestTokens.secretary(grassroots), fourth, 1, 409);
        // a proposer outside the recipients' organization
        given().auth().oauth2(TestTokens.secretary(sibling)).contentType(ContentType.JSON).body(proposal)
                .when().post(BASE + "/proposals").then().statusCode(403);
        given().auth().oauth2(TestTokens.secretary(grassroots)).queryParam("organizationId", grassroots)
                .when().get(BASE + "/proposals").then().statusCode(200).body("items.id", hasItem(id));
    }

    // ---- statistics ----

    @Test
    void yearEndFixtureElevenGrassrootsOrganizationsCommended() {
        UUID root = UUID.randomUUID();
        place(root, null, "Đảng bộ Khối (báo cáo)", "BLOC_COMMITTEE");
        List<UUID> grassrootsOrganizations = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            UUID g = UUID.randomUUID();
            place(g, root, "Tổ chức cơ sở " + i, i % 2 == 0 ? "GRASSROOTS_COMMITTEE" : "GRASSROOTS_CELL");
            grassrootsOrganizations.add(g);
        }
        UUID subordinateCell = UUID.randomUUID();
        place(subordinateCell, grassrootsOrganizations.get(0), "Chi bộ trực thuộc", "SUBORDINATE_CELL");
        UUID notCommended = UUID.randomUUID();
        place(notCommended, root, "Tổ chức cơ sở không khen", "GRASSROOTS_COMMITTEE");

        // 11 grassroots organizations by the bloc (one twice: Giấy khen and Bằng khen)
        List<Map<String, String>> recipients = grassrootsOrganizations.stream()
                .map(g -> Map.of("organizationId", g.toString())).toList();
        record(TestTokens.blocAdmin(), decisionFor("GIAY_KHEN", "BLOC", root, null, recipients, "2021-12-20"), 201).body("", hasSize(11));
        record(TestTokens.blocAdmin(), decisionFor("BANG_KHEN", "PROVINCIAL", null, "BTV Tỉnh ủy",
                List.of(Map.of("organizationId", grassrootsOrganizations.get(3).toString())), "2021-12-28"), 201);
        // a subordinate cell is an organization commended but not a grassroots one
        record(TestTokens.blocAdmin(), decisionFor("GIAY_KHEN", "GRASSROOTS", grassrootsOrganizations.get(0), null,
                List.of(Map.of("organizationId", subordinateCell.toString())), "2021-12-21"), 201);
        // three members, one twice; one badge
        Member a = member(subordinateCell, "Thành viên A", LocalDate.of(1990, 1, 1), LocalDate.of(1990, 2, 1));
        Member b = member(grassrootsOrganizations.get(1), "Thành viên B", LocalDate.of(2000, 1, 1), LocalDate.of(2000, 2, 1));
        Member c = member(grassrootsOrganizations.get(2), "Thành viên C", LocalDate.of(2000, 1, 1), LocalDate.of(2000, 2, 1));
        record(TestTokens.blocAdmin(), decisionFor("GIAY_KHEN", "BLOC", root, null, List.of(Map.of("memberId", a.id().toString()),
                Map.of("memberId", b.id().toString()), Map.of("memberId", c.id().toString())), "2021-06-01"), 201);
        record(TestTokens.blocAdmin(), withMilestone(decisionFor("HUY_HIEU_DANG", "PROVINCIAL", null, "BTV Tỉnh ủy",
                List.of(Map.of("memberId", a.id().toString())), "2021-02-03"), 30), 201);
        // another year: not counted
        record(TestTokens.blocAdmin(), decisionFor("GIAY_KHEN", "BLOC", root, null,
                List.of(Map.of("organizationId", notCommended.toString())), "2020-12-20"), 201);

        Map<String, Object> expected = new java.util.LinkedHashMap<>();
        expected.put("organizationId", root.toString());
        expected.put("year", 2021);
        expected.put("asOf", "2021-12-31");
        // the subtree counted on 31 December: the root and the organizations this test placed under it
        expected.put("organizations", 14);
        expected.put("total", 17);
        expected.put("byForm", Map.of("BIEU_DUONG", 0, "GIAY_KHEN", 15, "BANG_KHEN", 1, "HUY_HIEU_DANG", 1,
                "HUAN_CHUONG", 0, "HUY_CHUONG", 0));
        expected.put("organizationsCommended", 12);
        expected.put("grassrootsOrganizationsCommended", 11);
        expected.put("membersCommended", 3);
        expected.put("badgesAwarded", 1);
        expected.put("badgesRevoked", 0);
        Map<String, Object> actual = given().auth().oauth2(TestTokens.integration(root)).queryParam("organizationId", root)
                .queryParam("year", 2021).when().get(BASE + "/statistics").then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals(expected, actual);
        // a grassroots organization's own subtree
        given().auth().oauth2(TestTokens.secretary(grassrootsOrganizations.get(0))).queryParam("organizationId",
                grassrootsOrganizations.get(0)).queryParam("year", 2021).when().get(BASE + "/statistics").then().statusCode(200)
                .body("total", equalTo(4)).body("organizationsCommended", equalTo(2))
                .body("grassrootsOrganizationsCommended", equalTo(1)).body("membersCommended", equalTo(1));
        given().auth().oauth2(TestTokens.secretary(grassrootsOrganizations.get(0))).queryParam("organizationId", root)
                .queryParam("year", 2021).when().get(BASE + "/statistics").then().statusCode(403);
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", root)
                .when().get(BASE + "/statistics").then().statusCode(400).body("errors.field", contains("year"));
        // the list by subtree, year and form, paged
        given().auth().oauth2(TestTokens.inspector(root)).queryParam("organizationId", root).queryParam("year", 2021)
                .queryParam("form", "GIAY_KHEN").queryParam("size", 10).when().get(BASE).then().statusCode(200)
                .body("totalItems", equalTo(15)).body("items", hasSize(10)).body("totalPages", equalTo(2));
    }

    // ---- authorization ----

    @Test
    void membersReadOnlyTheirOwnAndSecretariesOnlyTheirSubtree() {
        Member mine = member(cell, "Tôi", LocalDate.of(2000, 1, 1), LocalDate.of(2000, 2, 1));
        Member theirs = member(sibling, "Người khác", LocalDate.of(2000, 1, 1), LocalDate.of(2000, 2, 1));
        String own = record(TestTokens.secretary(cell), decision("BIEU_DUONG", "CELL", cell, null, mine.id(), null), 201)
                .extract().path("[0].id");
        String other = record(TestTokens.secretary(sibling), decision("BIEU_DUONG", "CELL", sibling, null, theirs.id(), null), 201)
                .extract().path("[0].id");
        String member = TestTokens.member(cell, mine.id());
        given().auth().oauth2(member).when().get(BASE + "/mine").then().statusCode(200)
                .body("items.id", contains(own)).body("totalItems", equalTo(1));
        given().auth().oauth2(member).when().get(BASE + "/" + own).then().statusCode(200);
        given().auth().oauth2(member).when().get(BASE + "/" + other).then().statusCode(403);
        // a member may list by their own id (the gateway's dossier screen), not by anyone else's or by organization
        given().auth().oauth2(member).queryParam("memberId", mine.id()).when().get(BASE).then().statusCode(200)
                .body("items.id", contains(own));
        given().auth().oauth2(member).queryParam("memberId", theirs.id()).when().get(BASE).then().statusCode(403);
        given().auth().oauth2(member).when().get(BASE).then().statusCode(403);
        given().auth().oauth2(member).queryParam("organizationId", cell).when().get(BASE).then().statusCode(403);
        // secretaries: their subtree only, by organization and by member
        given().auth().oauth2(TestTokens.secretary(grassroots)).queryParam("organizationId", grassroots).when().get(BASE)
                .then().statusCode(200).body("items.id", hasItem(own));
        given().auth().oauth2(TestTokens.secretary(grassroots)).queryParam("organizationId", sibling).when().get(BASE)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.secretary(grassroots)).queryParam("memberId", theirs.id()).when().get(BASE)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.secretary(sibling)).queryParam("memberId", theirs.id()).when().get(BASE)
                .then().statusCode(200).body("items.id", contains(other));
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(BASE + "/" + other).then().statusCode(403);
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("memberId", theirs.id()).when().get(BASE)
                .then().statusCode(200).body("items.id", contains(other));
        // no token
        given().when().get(BASE + "/mine").then().statusCode(401);
        given().when().get(BASE + "/" + own).then().statusCode(401);
        // an account without a member record has no "mine"
        given().auth().oauth2(TestTokens.secretary(cell)).when().get(BASE + "/mine").then().statusCode(404);
    }

    // ---- object-level authorization (issue 11, point 4) ----

    @Test
    void aMemberOutsideTheCallersScopeIsNeverConfirmedNorNamed() {
        // membership refuses the cell's secretary this member (another organization's); another id is unknown
        UUID outsider = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        FakeMembershipDirectory.memberAnswers(outsider, 403);
        FakeMembershipDirectory.memberAnswers(unknown, 404);
        for (UUID probe : List.of(outsider, unknown)) {
            record(TestTokens.secretary(cell), decision("BIEU_DUONG", "CELL", cell, null, probe, null), 422)
                    .contentType("application/problem+json")
                    .body("errors.field", contains(CommendationService.RULE_RECIPIENT_UNKNOWN))
                    .body("detail", not(containsString(probe.toString())));
            Map<String, Object> proposal = new HashMap<>(Map.of("proposingOrganizationId", cell.toString(),
                    "targetLevel", "GRASSROOTS", "targetOrganizationId", grassroots.toString(), "form", "GIAY_KHEN",
                    "reasons", "x", "recipients", List.of(Map.of("memberId", probe.toString()))));
            given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON).body(proposal)
                    .when().post(BASE + "/proposals").then().statusCode(422)
                    .body("errors.field", contains(CommendationService.RULE_RECIPIENT_UNKNOWN))
                    .body("detail", not(containsString(probe.toString())));
            given().auth().oauth2(TestTokens.secretary(cell)).contentType(ContentType.JSON)
                    .body(Map.of("memberId", probe.toString(), "certifiedOn", "2026-06-01", "reason", "x"))
                    .when().post(BASE + "/early-award-cases").then().statusCode(404);
            given().auth().oauth2(TestTokens.secretary(cell)).queryParam("memberId", probe).when().get(BASE).then()
                    .statusCode(403).body("detail", not(containsString(probe.toString())));
        }
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("memberId", outsider).when().get(BASE).then()
                .statusCode(200).body("items", hasSize(0));
    }

    // ---- helpers ----

    private Map<String, Object> decision(String form, String level, UUID issuer, String issuerName, UUID memberId, String date) {
        return decisionFor(form, level, issuer, issuerName, List.of(Map.of("memberId", memberId.toString())), date);
    }

    private Map<String, Object> decisionFor(String form, String level, UUID issuer, String issuerName,
            List<Map<String, String>> recipients, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("form", form);
        body.put("issuingLevel", level);
        if (issuer != null) {
            body.put("issuingOrganizationId", issuer.toString());
        }
        if (issuerName != null) {
            body.put("issuingOrganizationName", issuerName);
        }
        body.put("decisionNumber", "12-QĐ/ĐU");
        body.put("decisionDate", date == null ? "2026-05-19" : date);
        body.put("reason", "Hoàn thành xuất sắc nhiệm vụ");
        body.put("recipients", recipients);
        return body;
    }

    private static Map<String, Object> withMilestone(Map<String, Object> body, int years) {
        body.put("badgeMilestone", years);
        return body;
    }

    private ValidatableResponse record(String token, Map<String, Object> body, int status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(BASE).then().statusCode(status);
    }

    private ValidatableResponse eligibility(String token, UUID organization, String date, int status) {
        return given().auth().oauth2(token).queryParam("organizationId", organization).queryParam("presentationDate", date)
                .when().get(BASE + "/badge-eligibility").then().statusCode(status);
    }

    private ValidatableResponse approve(String token, String id, int version, int status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("version", version, "decisionNumber", "15-QĐ/ĐU", "decisionDate", "2026-06-01"))
                .when().post(BASE + "/proposals/" + id + "/approval").then().statusCode(status);
    }

    private ValidatableResponse reject(String token, String id, int version, String reason, int status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", version, "reason", reason))
                .when().post(BASE + "/proposals/" + id + "/rejection").then().statusCode(status);
    }
}
