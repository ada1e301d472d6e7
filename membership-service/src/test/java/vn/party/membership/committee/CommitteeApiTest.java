package vn.party.membership.committee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
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

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CommitteeApiTest {

    private static final String API = "/api/membership";
    private static final String PROBLEM = "application/problem+json";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    /** A term in office today: 2020-10-15 until three years from now. */
    private static final LocalDate CURRENT_START = LocalDate.of(2020, 10, 15);
    private static final LocalDate CURRENT_END = TODAY.plusYears(3);

    @Inject
    MemberFixture members;

    private UUID bloc;
    private UUID grassroots;
    private UUID cell;
    private UUID otherCell;

    private UUID an;
    private UUID binh;
    private UUID cuong;
    private UUID probationary;
    private UUID outsider;

    @BeforeEach
    void treeAndMembers() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        bloc = organization("DBK-" + suffix, "Đảng bộ Khối các cơ quan tỉnh", "BLOC_COMMITTEE", null);
        grassroots = organization("XD-" + suffix, "Đảng bộ Sở Xây dựng", "GRASSROOTS_COMMITTEE", bloc);
        cell = organization("XD-VP-" + suffix, "Chi bộ Văn phòng Sở Xây dựng", "SUBORDINATE_CELL", grassroots);
        otherCell = organization("NV-" + suffix, "Chi bộ Sở Nội vụ", "GRASSROOTS_CELL", bloc);

        LocalDate official = LocalDate.of(2010, 1, 1);
        an = members.insert(cell, "Nguyễn Văn An", "OFFICIAL", official);
        binh = members.insert(cell, "Trần Thị Bình", "OFFICIAL", official);
        cuong = members.insert(grassroots, "Lê Quốc Cường", "OFFICIAL", official);
        probationary = members.insert(cell, "Phạm Minh Dự", "PROBATIONARY", null);
        outsider = members.insert(otherCell, "Hoàng Thị Ngoài", "OFFICIAL", official);
    }

    // ---- terms ----

    @Test
    void termsAreCreatedListedNewestFirstAndMustNotOverlap() {
        UUID older = term(grassroots, "2015–2020", LocalDate.of(2015, 10, 1), CURRENT_START);
        // adjacent: the next term starts the day the previous one ends
        String current = createTerm(TestTokens.secretary(grassroots), grassroots,
                termBody("2020–2025", CURRENT_START, CURRENT_END, CURRENT_START))
                .statusCode(201)
                .header("Location", containsString("/api/membership/terms/"))
                .header("ETag", notNullValue())
                .body("organizationId", equalTo(grassroots.toString()))
                .body("status", equalTo("OPEN"))
                .body("congressOrdinal", equalTo(3))
                .body("version", equalTo(0))
                .extract().path("id");

        given().auth().oauth2(TestTokens.inspector(bloc)).when().get(API + "/organizations/" + grassroots + "/terms")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", contains(current, older.toString()))
                .body("items.label", contains("2020–2025", "2015–2020"));

        createTerm(TestTokens.blocAdmin(), grassroots,
                termBody("Chồng lấn", LocalDate.of(2024, 1, 1), CURRENT_END.plusYears(1), LocalDate.of(2024, 1, 1)))
                .statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("term.no-overlap"))
                .body("detail", containsString("2020–2025"));
        createTerm(TestTokens.blocAdmin(), grassroots,
                termBody("Ngược", LocalDate.of(2040, 1, 1), LocalDate.of(2039, 1, 1), LocalDate.of(2040, 1, 1)))
                .statusCode(422).body("errors.field", hasItem("term.period"));
        createTerm(TestTokens.blocAdmin(), grassroots,
                termBody("Đại hội lệch", LocalDate.of(2040, 1, 1), LocalDate.of(2045, 1, 1), LocalDate.of(2039, 1, 1)))
                .statusCode(422).body("errors.field", hasItem("term.congress-date"));
        createTerm(TestTokens.blocAdmin(), grassroots,
                termBody("2015–2020", LocalDate.of(2040, 1, 1), LocalDate.of(2045, 1, 1), LocalDate.of(2040, 1, 1)))
                .statusCode(409).contentType(PROBLEM).body("errors.field", hasItem("label"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("endsOn", "2045-01-01", "congressOrdinal", 0))
                .when().post(API + "/organizations/" + grassroots + "/terms")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("label"))
                .body("errors.field", hasItem("startsOn"))
                .body("errors.field", hasItem("congressDate"))
                .body("errors.field", hasItem("congressOrdinal"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(API + "/organizations/" + UUID.randomUUID() + "/terms")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(API + "/terms/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void staleTermVersionIs409AndEditsKeepTheRules() {
        UUID older = term(grassroots, "2015–2020", LocalDate.of(2015, 10, 1), CURRENT_START);
        UUID current = term(grassroots, "2020–2025", CURRENT_START, CURRENT_END);
        appoint(TestTokens.blocAdmin(), current, an, "PARTY_COMMITTEE", "SECRETARY", CURRENT_START.plusDays(1), null)
                .statusCode(201);

        given().auth().oauth2(TestTokens.secretary(grassroots)).contentType(ContentType.JSON)
                .body(updateBody("Nhiệm kỳ 2020–2025", CURRENT_START, CURRENT_END, 0))
                .when().put(API + "/terms/" + current)
                .then().statusCode(200)
                .body("label", equalTo("Nhiệm kỳ 2020–2025"))
                .body("version", equalTo(1));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(updateBody("Ghi đè", CURRENT_START, CURRENT_END, 0))
                .when().put(API + "/terms/" + current)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", containsString("stale-version"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(API + "/terms/" + current)
                .then().statusCode(200).header("ETag", containsString("1"))
                .body("label", equalTo("Nhiệm kỳ 2020–2025"));

        // moving the start back into the previous term, or past a recorded post, is refused
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(updateBody("Nhiệm kỳ 2020–2025", LocalDate.of(2020, 1, 1), CURRENT_END, 1))
                .when().put(API + "/terms/" + current)
                .then().statusCode(422).body("errors.field", hasItem("term.no-overlap"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(updateBody("Nhiệm kỳ 2020–2025", CURRENT_START.plusDays(10), CURRENT_END, 1))
                .when().put(API + "/terms/" + current)
                .then().statusCode(422).body("errors.field", hasItem("term.posts-inside"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(API + "/terms/" + older)
                .then().statusCode(200).body("version", equalTo(0));
    }

    // ---- posts ----

    @Test
    void appointmentRulesAre422NamingTheRule() {
        UUID term = term(grassroots, "2020–2025", CURRENT_START, CURRENT_END);
        String secretary = TestTokens.secretary(grassroots);
        LocalDate from = CURRENT_START;

        appoint(secretary, term, probationary, "PARTY_COMMITTEE", "COMMITTEE_MEMBER", from, null)
                .statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("committee.official-member"))
                .body("detail", containsString("PROBATIONARY"));
        UUID officialLater = members.insert(cell, "Đỗ Văn Muộn", "OFFICIAL", LocalDate.of(2022, 6, 1));
        appoint(secretary, term, officialLater, "PARTY_COMMITTEE", "COMMITTEE_MEMBER", from, null)
                .statusCode(422).body("errors.field", hasItem("committee.official-member"));
        appoint(secretary, term, outsider, "PARTY_COMMITTEE", "COMMITTEE_MEMBER", from, null)
                .statusCode(422).body("errors.field", hasItem("committee.member-in-subtree"));
        // out of scope (issue 11, point 4): an expelled member of another subtree is neither named nor described
        UUID expelledOutsider = members.insert(otherCell, "Hoàng Văn Khác", "EXPELLED", LocalDate.of(2010, 1, 1));
        appoint(secretary, term, expelledOutsider, "PARTY_COMMITTEE", "COMMITTEE_MEMBER", from, null)
                .statusCode(422).body("errors.field", hasItem("committee.member-in-subtree"))
                .body("detail", not(containsString("EXPELLED"))).body("detail", not(containsString("Khác")));
        // unknown or outside: the same answer, so that ids of other subtrees cannot be probed
        appoint(secretary, term, UUID.randomUUID(), "PARTY_COMMITTEE", "COMMITTEE_MEMBER", from, null)
                .statusCode(422).body("errors.field", hasItem("committee.member-in-subtree"));
        appoint(secretary, term, an, "PARTY_COMMITTEE", "CHAIR", from, null)
                .statusCode(422).body("errors.field", hasItem("committee.position-of-body"));
        appoint(secretary, term, an, "PARTY_COMMITTEE", "SECRETARY", LocalDate.of(2019, 1, 1), null)
                .statusCode(422).body("errors.field", hasItem("committee.within-term"));
        appoint(secretary, term, an, "PARTY_COMMITTEE", "SECRETARY", from, CURRENT_END.plusDays(1))
                .statusCode(422).body("errors.field", hasItem("committee.within-term"));
        appoint(secretary, term, an, "PARTY_COMMITTEE", "SECRETARY", from.plusDays(5), from.plusDays(5))
                .statusCode(422).body("errors.field", hasItem("committee.period"));

        appoint(secretary, term, an, "PARTY_COMMITTEE", "SECRETARY", from, null)
                .statusCode(201)
                .body("memberName", equalTo("Nguyễn Văn An"))
                .body("positionName", equalTo("Bí thư"))
                .body("current", equalTo(true))
                .body("heldUntil", equalTo(CURRENT_END.toString()));
        appoint(secretary, term, binh, "PARTY_COMMITTEE", "SECRETARY", from.plusYears(1), null)
                .statusCode(422).body("errors.field", hasItem("committee.single-secretary"));
        appoint(secretary, term, an, "PARTY_COMMITTEE", "SECRETARY", from.plusYears(1), null)
                .statusCode(422).body("errors.field", hasItem("committee.same-post-once"));
        // several deputies at once are fine
        appoint(secretary, term, binh, "PARTY_COMMITTEE", "DEPUTY_SECRETARY", from, null).statusCode(201);
        appoint(secretary, term, cuong, "PARTY_COMMITTEE", "DEPUTY_SECRETARY", from, null).statusCode(201);

        appoint(secretary, term, cuong, "INSPECTION_COMMITTEE", "CHAIR", from, null).statusCode(201);
        appoint(secretary, term, binh, "INSPECTION_COMMITTEE", "CHAIR", from.plusMonths(3), null)
                .statusCode(422).body("errors.field", hasItem("committee.single-inspection-chair"));

        // a cell has neither an inspection committee nor a standing committee
        UUID cellTerm = term(cell, "2020–2025", CURRENT_START, CURRENT_END);
        appoint(secretary, cellTerm, an, "INSPECTION_COMMITTEE", "CHAIR", from, null)
                .statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("committee.inspection-committee-level"));
        appoint(secretary, cellTerm, an, "PARTY_COMMITTEE", "STANDING_MEMBER", from, null)
                .statusCode(422).body("errors.field", hasItem("committee.standing-committee-level"));
        appoint(secretary, cellTerm, an, "PARTY_COMMITTEE", "SECRETARY", from, null).statusCode(201);

        given().auth().oauth2(TestTokens.inspector(bloc)).when().get(API + "/terms/" + term + "/assignments")
                .then().statusCode(200).body("totalItems", equalTo(4));
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("memberId", an.toString(), "body", "PARTY", "position", "SECRETARY", "fromDate", "2021-01-01"))
                .when().post(API + "/terms/" + term + "/assignments")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("body"));
    }

    @Test
    void officialStatusIsJudgedOnTheDayThePostBegins() {
        UUID older = term(grassroots, "2015–2020", LocalDate.of(2015, 10, 1), CURRENT_START);
        UUID current = term(grassroots, "2020–2025", CURRENT_START, CURRENT_END);
        // transferred out today, but an official member back then: the past post can be recorded, a new one not
        UUID retired = members.insert(cell, "Vũ Đình Xưa", "TRANSFERRED_OUT", LocalDate.of(2008, 1, 1));
        members.statusChange(retired, "OFFICIAL", LocalDate.of(2008, 1, 1));
        members.statusChange(retired, "TRANSFERRED_OUT", LocalDate.of(2021, 3, 1));
        appoint(TestTokens.blocAdmin(), older, retired, "PARTY_COMMITTEE", "DEPUTY_SECRETARY",
                LocalDate.of(2016, 1, 1), LocalDate.of(2019, 1, 1)).statusCode(201);
        appoint(TestTokens.blocAdmin(), current, retired, "PARTY_COMMITTEE", "DEPUTY_SECRETARY",
                LocalDate.of(2021, 6, 1), null)
                .statusCode(422).body("errors.field", hasItem("committee.official-member"))
                .body("detail", containsString("TRANSFERRED_OUT"));
        // suspended (đình chỉ sinh hoạt) for a while: no post starting then
        members.statusChange(binh, "SUSPENDED", LocalDate.of(2022, 1, 1));
        members.statusChange(binh, "OFFICIAL", LocalDate.of(2022, 4, 1));
        appoint(TestTokens.blocAdmin(), current, binh, "PARTY_COMMITTEE", "COMMITTEE_MEMBER",
                LocalDate.of(2022, 2, 1), null).statusCode(422);
        appoint(TestTokens.blocAdmin(), current, binh, "PARTY_COMMITTEE", "COMMITTEE_MEMBER",
                LocalDate.of(2022, 4, 1), null).statusCode(201);
    }

    @Test
    void partyGroupsHoldNoTerms() {
        UUID group = organization("TD-" + UUID.randomUUID().toString().substring(0, 8), "Tổ đảng 1",
                "PARTY_GROUP", cell);
        createTerm(TestTokens.blocAdmin(), group, termBody("2020–2025", CURRENT_START, CURRENT_END, CURRENT_START))
                .statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("term.organization-type"));
    }

    @Test
    void committeeAsOfShowsWhoHeldThePostThen() {
        UUID term = term(grassroots, "2020–2025", CURRENT_START, CURRENT_END);
        String secretary = TestTokens.secretary(grassroots);
        String first = appoint(secretary, term, an, "PARTY_COMMITTEE", "SECRETARY", CURRENT_START, null)
                .statusCode(201).extract().path("id");
        appoint(secretary, term, cuong, "PARTY_COMMITTEE", "COMMITTEE_MEMBER", CURRENT_START, null).statusCode(201);
        appoint(secretary, term, cuong, "INSPECTION_COMMITTEE", "CHAIR", CURRENT_START, null).statusCode(201);

        LocalDate handover = LocalDate.of(2023, 4, 1);
        endPost(secretary, first, handover, 0)
                .statusCode(200)
                .body("toDate", equalTo("2023-04-01"))
                .body("endDecisionRef", equalTo("45-QĐ/ĐUK"))
                .body("endReason", equalTo("Nghỉ hưu"))
                .body("current", equalTo(false));
        endPost(secretary, first, handover.plusDays(1), 1)
                .statusCode(422).body("errors.field", hasItem("committee.already-ended"));
        String second = appoint(secretary, term, binh, "PARTY_COMMITTEE", "SECRETARY", handover, null)
                .statusCode(201).extract().path("id");

        given().auth().oauth2(TestTokens.inspector(bloc))
                .when().get(API + "/organizations/" + grassroots + "/committee?asOf=2022-01-01")
                .then().statusCode(200)
                .body("asOf", equalTo("2022-01-01"))
                .body("term.label", equalTo("2020–2025"))
                .body("partyCommittee.memberName", contains("Nguyễn Văn An", "Lê Quốc Cường"))
                .body("partyCommittee.position", contains("SECRETARY", "COMMITTEE_MEMBER"))
                .body("partyCommittee[0].id", equalTo(first))
                .body("inspectionCommittee.position", contains("CHAIR"));
        given().auth().oauth2(TestTokens.secretary(grassroots))
                .when().get(API + "/organizations/" + grassroots + "/committee")
                .then().statusCode(200)
                .body("asOf", equalTo(TODAY.toString()))
                .body("partyCommittee.memberName", contains("Trần Thị Bình", "Lê Quốc Cường"))
                .body("partyCommittee[0].id", equalTo(second))
                .body("partyCommittee[0].current", equalTo(true));
        // the handover day itself belongs to the successor
        given().auth().oauth2(TestTokens.blocAdmin())
                .when().get(API + "/organizations/" + grassroots + "/committee?asOf=" + handover)
                .then().statusCode(200).body("partyCommittee[0].memberName", equalTo("Trần Thị Bình"));
        given().auth().oauth2(TestTokens.blocAdmin())
                .when().get(API + "/organizations/" + grassroots + "/committee?asOf=2019-06-01")
                .then().statusCode(200)
                .body("term", nullValue())
                .body("partyCommittee", empty())
                .body("inspectionCommittee", empty());
        given().auth().oauth2(TestTokens.blocAdmin())
                .when().get(API + "/organizations/" + grassroots + "/committee?asOf=01/06/2022")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("asOf"));

        // the member list filters by the post held today
        given().auth().oauth2(TestTokens.secretary(grassroots))
                .when().get("/api/membership/members?organizationId=" + grassroots + "&position=SECRETARY")
                .then().statusCode(200)
                .body("items.id", contains(binh.toString()));
        given().auth().oauth2(TestTokens.secretary(grassroots))
                .when().get("/api/membership/members?organizationId=" + grassroots + "&position=CHAIR")
                .then().statusCode(200)
                .body("items.id", contains(cuong.toString()));

        // the view other queries use agrees
        assertEquals(List.of(an), members.holdersOn(grassroots, "SECRETARY", LocalDate.of(2022, 1, 1)));
        assertEquals(List.of(binh), members.holdersOn(grassroots, "SECRETARY", TODAY));
    }

    @Test
    void memberSeesOwnPostsOverTimeAndNobodyElses() {
        UUID cellOld = term(cell, "2015–2020", LocalDate.of(2015, 10, 1), CURRENT_START);
        UUID current = term(grassroots, "2020–2025", CURRENT_START, CURRENT_END);
        appoint(TestTokens.blocAdmin(), cellOld, an, "PARTY_COMMITTEE", "SECRETARY", LocalDate.of(2015, 10, 1),
                LocalDate.of(2018, 1, 1)).statusCode(201);
        appoint(TestTokens.blocAdmin(), cellOld, an, "PARTY_COMMITTEE", "COMMITTEE_MEMBER", LocalDate.of(2018, 1, 1),
                null).statusCode(201);
        appoint(TestTokens.secretary(grassroots), current, an, "PARTY_COMMITTEE", "DEPUTY_SECRETARY",
                LocalDate.of(2021, 1, 1), null).statusCode(201);

        given().auth().oauth2(TestTokens.member(cell, an)).when().get(API + "/members/" + an + "/positions")
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.position", contains("DEPUTY_SECRETARY", "COMMITTEE_MEMBER", "SECRETARY"))
                .body("items.organizationName", contains("Đảng bộ Sở Xây dựng", "Chi bộ Văn phòng Sở Xây dựng",
                        "Chi bộ Văn phòng Sở Xây dựng"))
                .body("items.termLabel", contains("2020–2025", "2015–2020", "2015–2020"))
                .body("items.current", contains(true, false, false))
                // a post not ended by a decision ends with its term
                .body("items[1].toDate", nullValue())
                .body("items[1].heldUntil", equalTo(CURRENT_START.toString()))
                .body("items[2].heldUntil", equalTo("2018-01-01"));

        given().auth().oauth2(TestTokens.member(cell, binh)).when().get(API + "/members/" + an + "/positions")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.member(cell, binh)).when().get(API + "/members/" + UUID.randomUUID() + "/positions")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.member(cell, binh)).when().get(API + "/members/" + binh + "/positions")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.secretary(otherCell)).when().get(API + "/members/" + an + "/positions")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(API + "/members/" + an + "/positions")
                .then().statusCode(200).body("totalItems", equalTo(3));
        given().auth().oauth2(TestTokens.integration(bloc)).when().get(API + "/members/" + an + "/positions?size=1")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("totalPages", equalTo(3));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(API + "/members/" + UUID.randomUUID() + "/positions")
                .then().statusCode(404).contentType(PROBLEM);
    }

    // ---- security ----

    @Test
    void withoutTokenIs401() {
        UUID term = term(grassroots, "2020–2025", CURRENT_START, CURRENT_END);
        for (String path : new String[] {"/organizations/" + grassroots + "/terms", "/terms/" + term,
                "/terms/" + term + "/assignments", "/organizations/" + grassroots + "/committee",
                "/members/" + an + "/positions"}) {
            given().when().get(API + path).then().statusCode(401).contentType(PROBLEM)
                    .header("WWW-Authenticate", containsString("Bearer"));
        }
        given().contentType(ContentType.JSON).body(termBody("X", CURRENT_START, CURRENT_END, CURRENT_START))
                .when().post(API + "/organizations/" + grassroots + "/terms")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void outOfScopeSecretaryAndWrongRolesAre403() {
        UUID term = term(grassroots, "2020–2025", CURRENT_START, CURRENT_END);
        String foreign = TestTokens.secretary(otherCell);
        createTerm(foreign, grassroots, termBody("2030–2035", LocalDate.of(2040, 1, 1), LocalDate.of(2045, 1, 1),
                LocalDate.of(2040, 1, 1))).statusCode(403).contentType(PROBLEM).body("detail", containsString("phạm vi"));
        appoint(foreign, term, an, "PARTY_COMMITTEE", "SECRETARY", CURRENT_START, null).statusCode(403);
        given().auth().oauth2(foreign).when().get(API + "/terms/" + term).then().statusCode(403);
        given().auth().oauth2(foreign).when().get(API + "/organizations/" + grassroots + "/committee")
                .then().statusCode(403);
        // a cell's secretary does not manage the committee above it
        createTerm(TestTokens.secretary(cell), grassroots, termBody("2030–2035", LocalDate.of(2040, 1, 1),
                LocalDate.of(2045, 1, 1), LocalDate.of(2040, 1, 1))).statusCode(403);

        String post = appoint(TestTokens.blocAdmin(), term, an, "PARTY_COMMITTEE", "SECRETARY", CURRENT_START, null)
                .statusCode(201).extract().path("id");
        endPost(foreign, post, TODAY, 0).statusCode(403);
        endPost(TestTokens.inspector(bloc), post, TODAY, 0).statusCode(403).contentType(PROBLEM);
        createTerm(TestTokens.integration(bloc), grassroots, termBody("2030–2035", LocalDate.of(2040, 1, 1),
                LocalDate.of(2045, 1, 1), LocalDate.of(2040, 1, 1))).statusCode(403);
        given().auth().oauth2(TestTokens.member(cell, an)).when().get(API + "/organizations/" + grassroots + "/committee")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(API + "/terms/" + term + "/audit")
                .then().statusCode(403);

        given().auth().oauth2(TestTokens.integration(bloc)).when().get(API + "/assignments/" + post)
                .then().statusCode(200).body("memberId", equalTo(an.toString()));
        given().auth().oauth2(TestTokens.inspector(otherCell)).when().get(API + "/assignments/" + post)
                .then().statusCode(403);
    }

    // ---- ending, closing, audit ----

    @Test
    void endingIsVersionedAndEveryChangeIsAudited() {
        UUID term = term(grassroots, "2020–2025", CURRENT_START, CURRENT_END);
        String secretary = TestTokens.secretary(grassroots);
        String post = appoint(secretary, term, an, "PARTY_COMMITTEE", "SECRETARY", CURRENT_START, null)
                .statusCode(201).extract().path("id");
        endPost(secretary, post, LocalDate.of(2020, 10, 15), 0)
                .statusCode(422).body("errors.field", hasItem("committee.period"));
        endPost(secretary, post, CURRENT_END.plusDays(1), 0)
                .statusCode(422).body("errors.field", hasItem("committee.within-term"));
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .header("X-Request-Id", "end-" + post)
                .body(Map.of("toDate", "2023-04-01", "decisionRef", "45-QĐ/ĐUK", "version", 0))
                .when().post(API + "/assignments/" + post + "/end")
                .then().statusCode(200).body("version", equalTo(1));
        endPost(TestTokens.blocAdmin(), post, LocalDate.of(2023, 5, 1), 0)
                .statusCode(409).contentType(PROBLEM).body("type", containsString("stale-version"));
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body(Map.of("decisionRef", "x"))
                .when().post(API + "/assignments/" + post + "/end")
                .then().statusCode(400).body("errors.field", hasItem("toDate")).body("errors.field", hasItem("version"));

        given().auth().oauth2(TestTokens.blocAdmin()).when().get(API + "/assignments/" + post + "/audit")
                .then().statusCode(200)
                .body("action", contains("CREATE", "END"))
                .body("[0].actor", equalTo("secretary-" + grassroots))
                .body("[0].changes.position.after", equalTo("SECRETARY"))
                .body("[1].requestId", equalTo("end-" + post))
                .body("[1].changes.toDate.before", nullValue())
                .body("[1].changes.toDate.after", equalTo("2023-04-01"))
                .body("[1].changes.endDecisionRef.after", equalTo("45-QĐ/ĐUK"));

        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(updateBody("Khóa XII", CURRENT_START, CURRENT_END, 0))
                .when().put(API + "/terms/" + term).then().statusCode(200);
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(API + "/terms/" + term + "/audit")
                .then().statusCode(200)
                .body("action", contains("CREATE", "UPDATE"))
                .body("[1].actor", equalTo("admin"))
                .body("[1].changes.label.before", equalTo("2020–2025"))
                .body("[1].changes.label.after", equalTo("Khóa XII"));
        assertEquals(List.of("CREATE", "UPDATE"), members.auditActions("committee_term", term));
    }

    @Test
    void closingATermEndsItsCurrentPostsAndLetsTheNextTermStart() {
        UUID term = term(grassroots, "2020–2025", CURRENT_START, CURRENT_END);
        String secretary = TestTokens.secretary(grassroots);
        String held = appoint(secretary, term, an, "PARTY_COMMITTEE", "SECRETARY", CURRENT_START, null)
                .statusCode(201).extract().path("id");
        String ended = appoint(secretary, term, binh, "PARTY_COMMITTEE", "COMMITTEE_MEMBER", CURRENT_START,
                LocalDate.of(2022, 1, 1)).statusCode(201).extract().path("id");

        LocalDate closedOn = TODAY.minusDays(1);
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("closedOn", CURRENT_START.toString(), "version", 0))
                .when().post(API + "/terms/" + term + "/close")
                .then().statusCode(422).body("errors.field", hasItem("term.close-date"));
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("closedOn", closedOn.toString(), "version", 0))
                .when().post(API + "/terms/" + term + "/close")
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedOn", equalTo(closedOn.toString()))
                .body("endsOn", equalTo(CURRENT_END.toString()));

        given().auth().oauth2(secretary).when().get(API + "/assignments/" + held)
                .then().statusCode(200)
                .body("toDate", equalTo(closedOn.toString()))
                .body("endReason", containsString("Kết thúc nhiệm kỳ"))
                .body("current", equalTo(false));
        given().auth().oauth2(secretary).when().get(API + "/assignments/" + ended)
                .then().body("toDate", equalTo("2022-01-01")).body("endReason", nullValue());
        assertEquals(List.of("CREATE", "END"), members.auditActions("committee_assignment", UUID.fromString(held)));
        assertEquals(List.of("CREATE", "CLOSE"), members.auditActions("committee_term", term));

        appoint(secretary, term, cuong, "PARTY_COMMITTEE", "COMMITTEE_MEMBER", CURRENT_START, null)
                .statusCode(422).body("errors.field", hasItem("term.closed"));
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("closedOn", closedOn.toString(), "version", 1))
                .when().post(API + "/terms/" + term + "/close")
                .then().statusCode(422).body("errors.field", hasItem("term.closed"));
        // the early close frees the rest of the planned period for the next term
        createTerm(secretary, grassroots, termBody("2025–2030", closedOn, closedOn.plusYears(5), closedOn))
                .statusCode(201);
        given().auth().oauth2(secretary).when().get(API + "/organizations/" + grassroots + "/committee")
                .then().statusCode(200)
                .body("term.label", equalTo("2025–2030"))
                .body("partyCommittee", empty());
    }

    // ---- helpers ----

    private static UUID organization(String code, String name, String type, UUID parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        String id = given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post(API + "/organizations")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static UUID term(UUID organization, String label, LocalDate startsOn, LocalDate endsOn) {
        String id = createTerm(TestTokens.blocAdmin(), organization, termBody(label, startsOn, endsOn, startsOn))
                .statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static Map<String, Object> termBody(String label, LocalDate startsOn, LocalDate endsOn,
            LocalDate congressDate) {
        return Map.of("label", label, "startsOn", startsOn.toString(), "endsOn", endsOn.toString(),
                "congressDate", congressDate.toString(), "congressOrdinal", 3);
    }

    private static Map<String, Object> updateBody(String label, LocalDate startsOn, LocalDate endsOn, long version) {
        Map<String, Object> body = new HashMap<>(termBody(label, startsOn, endsOn, startsOn));
        body.put("version", version);
        return body;
    }

    private static ValidatableResponse createTerm(String token, UUID organization, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(API + "/organizations/" + organization + "/terms")
                .then().log().ifValidationFails();
    }

    private static ValidatableResponse appoint(String token, UUID term, UUID member, String body, String position,
            LocalDate from, LocalDate to) {
        Map<String, Object> request = new HashMap<>(Map.of("memberId", member.toString(), "body", body,
                "position", position, "fromDate", from.toString(), "decisionRef", "12-QĐ/ĐUK"));
        if (to != null) {
            request.put("toDate", to.toString());
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                .when().post(API + "/terms/" + term + "/assignments")
                .then().log().ifValidationFails();
    }

    private static ValidatableResponse endPost(String token, String assignment, LocalDate to, long version) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("toDate", to.toString(), "decisionRef", "45-QĐ/ĐUK", "reason", "Nghỉ hưu",
                        "version", version))
                .when().post(API + "/assignments/" + assignment + "/end")
                .then().log().ifValidationFails();
    }
}
