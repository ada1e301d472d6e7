package vn.party.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.party.events.commendation.FakeMembershipDirectory;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * Object-level authorization of member ids (issue 11, point 4): a member id sent with an organization in the
 * caller's scope must be a member of that organization (or below it), as membership-service answers with the
 * caller's token. Unknown, out-of-scope and elsewhere-in-scope members get the same 422 that names neither the
 * member nor their organization; membership down is a 503; nothing is written in any of these cases.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipDirectory.class)
class MemberScopeApiTest {

    private static final String RULE = "member.outside-organization";

    private final UUID bloc = UUID.randomUUID();
    /** Organization A: a grassroots organization with two cells. */
    private final UUID grassrootsA = UUID.randomUUID();
    private final UUID cellA = UUID.randomUUID();
    private final UUID cellA2 = UUID.randomUUID();
    /** Organization B: another grassroots organization and its cell. */
    private final UUID grassrootsB = UUID.randomUUID();
    private final UUID cellB = UUID.randomUUID();

    /** A member of cell B: membership refuses A's secretaries (403), lets B's and bloc-admin read them. */
    private final UUID memberOfB = UUID.randomUUID();
    /** A member of cell A2: readable by A's grassroots secretary, but not a member of cell A. */
    private final UUID memberOfA2 = UUID.randomUUID();

    @BeforeEach
    void tree() {
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(grassrootsA, bloc);
        FakeMembershipTree.place(cellA, grassrootsA);
        FakeMembershipTree.place(cellA2, grassrootsA);
        FakeMembershipTree.place(grassrootsB, bloc);
        FakeMembershipTree.place(cellB, grassrootsB);
        // what membership answers to a secretary of organization A: the member of B is outside their scope
        FakeMembershipDirectory.memberAnswers(memberOfB, 403);
        FakeMembershipDirectory.memberOf(memberOfA2, cellA2);
    }

    // ---------------------------------------------------------------- ratings

    @Test
    void aSecretaryCannotRateAMemberOfAnotherOrganization() {
        String period = period(2024);
        // the exploit: A's secretary names their own cell and a member of B (answered 201 before)
        ValidatableResponse refused = rate(TestTokens.secretary(cellA), period, memberOfB, cellA, 422);
        outsideWithoutDisclosure(refused, memberOfB);
        // from A's grassroots secretary too, who can read both cells
        rate(TestTokens.secretary(grassrootsA), period, memberOfB, cellA, 422);
        // a member in A's scope but of the other cell: the rating is the cell's own, so cell A cannot open it
        outsideWithoutDisclosure(rate(TestTokens.secretary(grassrootsA), period, memberOfA2, cellA, 422), memberOfA2);
        // an unknown member: the same answer (nothing tells unknown from out of scope)
        UUID unknown = UUID.randomUUID();
        FakeMembershipDirectory.memberAnswers(unknown, 404);
        outsideWithoutDisclosure(rate(TestTokens.secretary(cellA), period, unknown, cellA, 422), unknown);
        // nothing stored
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("memberId", memberOfB).when()
                .get("/api/events/ratings").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("memberId", memberOfA2).when()
                .get("/api/events/ratings").then().statusCode(200).body("items", hasSize(0));
        // the lawful case: cell A2 rates its own member
        rate(TestTokens.secretary(cellA2), period, memberOfA2, cellA2, 201);
    }

    @Test
    void membershipDownRefusesTheRatingWith503AndWritesNothing() {
        String period = period(2024);
        UUID member = UUID.randomUUID();
        FakeMembershipDirectory.memberAnswers(member, 503);
        rate(TestTokens.secretary(cellA), period, member, cellA, 503).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("memberId", member).when()
                .get("/api/events/ratings").then().statusCode(200).body("items", hasSize(0));
    }

    // ---------------------------------------------------------------- contests

    @Test
    void aContestEntrantIsAMemberOfTheEnteringOrganization() {
        String contest = given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Hội thi", "organizerId", bloc.toString(), "heldOn", "2026-05-19"))
                .when().post("/api/events/contests").then().statusCode(201).extract().path("id");
        outsideWithoutDisclosure(enter(TestTokens.secretary(cellA), contest, memberOfB, cellA, 422), memberOfB);
        outsideWithoutDisclosure(enter(TestTokens.secretary(grassrootsA), contest, memberOfA2, cellA, 422), memberOfA2);
        given().auth().oauth2(TestTokens.blocAdmin()).when().get("/api/events/contests/" + contest + "/entrants")
                .then().statusCode(200).body("$", hasSize(0));
        // below the entering organization is fine: A's grassroots organization enters a member of its cell A2
        enter(TestTokens.secretary(grassrootsA), contest, memberOfA2, grassrootsA, 201);
    }

    // ---------------------------------------------------------------- meeting invitees

    @Test
    void anInviteeIsAMemberOfTheMeetingsOrganization() {
        String meeting = given().auth().oauth2(TestTokens.secretary(cellA)).contentType(ContentType.JSON)
                .body(AttendanceApiTest.meeting(cellA, Instant.now().plus(2, ChronoUnit.DAYS)))
                .when().post("/api/events/meetings").then().statusCode(201).extract().path("id");
        outsideWithoutDisclosure(invite(TestTokens.secretary(cellA), meeting, memberOfB, 422), memberOfB);
        outsideWithoutDisclosure(invite(TestTokens.secretary(grassrootsA), meeting, memberOfA2, 422), memberOfA2);
        given().auth().oauth2(TestTokens.secretary(cellA)).when().get("/api/events/meetings/" + meeting + "/invitees")
                .then().statusCode(200).body("memberId", not(hasItem(memberOfB.toString())))
                .body("memberId", not(hasItem(memberOfA2.toString())));
        UUID own = UUID.randomUUID();
        FakeMembershipDirectory.memberOf(own, cellA);
        invite(TestTokens.secretary(cellA), meeting, own, 201);
    }

    // ---------------------------------------------------------------- helpers

    /** The 422 names the rule and the field, and says nothing of the member (no name, no organization). */
    private void outsideWithoutDisclosure(ValidatableResponse response, UUID member) {
        response.contentType("application/problem+json")
                .body("errors.field", hasItem(RULE)).body("errors.field", hasItem("memberId"))
                .body("detail", not(containsString(cellB.toString()))).body("detail", not(containsString(cellA2.toString())))
                .body("detail", not(containsString(member.toString()))).body("detail", not(containsString("Đảng viên ")));
    }

    private static String period(int year) {
        var created = given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "YEAR", "year", year)).when().post("/api/events/ratings/periods").then().extract();
        if (created.statusCode() == 201) {
            return created.path("id");
        }
        return given().auth().oauth2(TestTokens.blocAdmin()).queryParam("year", year).when()
                .get("/api/events/ratings/periods").then().statusCode(200).extract()
                .path("find { it.kind == 'YEAR' }.id");
    }

    private static ValidatableResponse rate(String token, String period, UUID member, UUID organization, int status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("periodId", period, "subjectKind", "MEMBER", "memberId", member.toString(),
                        "organizationId", organization.toString()))
                .when().post("/api/events/ratings").then().statusCode(status);
    }

    private static ValidatableResponse enter(String token, String contest, UUID member, UUID organization, int status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("memberId", member.toString(), "organizationId", organization.toString(),
                        "displayName", "Thí sinh"))
                .when().post("/api/events/contests/" + contest + "/entrants").then().statusCode(status);
    }

    private static ValidatableResponse invite(String token, String meeting, UUID member, int status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("memberId", member.toString()))
                .when().post("/api/events/meetings/" + meeting + "/invitees").then().statusCode(status);
    }
}
