package vn.party.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
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

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
class StudyCoverageApiTest {

    private static final String MEETINGS = "/api/events/meetings";
    private static final String COVERAGE = "/api/events/resolution-study/coverage";

    private final UUID bloc = UUID.randomUUID();
    private final UUID committee = UUID.randomUUID();
    private final UUID cellA = UUID.randomUUID();
    private final UUID sibling = UUID.randomUUID();
    private final UUID siblingCell = UUID.randomUUID();
    /** Unique per test run so meetings of other tests (same database) do not match. */
    private final String resolution = "Nghị quyết Đại hội XIII " + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void tree() {
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(committee, bloc);
        FakeMembershipTree.place(cellA, committee);
        FakeMembershipTree.place(sibling, bloc);
        FakeMembershipTree.place(siblingCell, sibling);
    }

    @Test
    void coverageCountsDistinctMembersPresentOverInvitedInTheSubtree() {
        UUID m1 = UUID.randomUUID(), m2 = UUID.randomUUID(), m3 = UUID.randomUUID(), m4 = UUID.randomUUID(),
                m5 = UUID.randomUUID(), m6 = UUID.randomUUID(), m7 = UUID.randomUUID(), m8 = UUID.randomUUID();
        String committeeSession = schedule(committee, "RESOLUTION_STUDY", "Học tập, quán triệt " + resolution);
        attend(committee, committeeSession, m1, "EXCUSED");
        attend(committee, committeeSession, m2, "PRESENT");
        attend(committee, committeeSession, m3, "PRESENT");
        // m1 studies at the cell's session: counted once, as studied
        String cellSession = schedule(cellA, "RESOLUTION_STUDY", "Quán triệt " + resolution.toUpperCase() + " (chi bộ)");
        attend(cellA, cellSession, m1, "PRESENT");
        attend(cellA, cellSession, m4, "PRESENT");
        attend(cellA, cellSession, m5, "ABSENT");
        // guests are not counted
        given().auth().oauth2(TestTokens.secretary(cellA)).contentType(ContentType.JSON)
                .body(Map.of("guestName", "Nguyễn Văn An", "guestTitle", "Báo cáo viên"))
                .when().post(MEETINGS + "/" + cellSession + "/invitees").then().statusCode(201);
        String siblingSession = schedule(siblingCell, "RESOLUTION_STUDY", "Học tập " + resolution);
        attend(siblingCell, siblingSession, m6, "PRESENT");
        attend(siblingCell, siblingSession, m7, "ABSENT");
        attend(siblingCell, siblingSession, m8, null);
        // another resolution, and another kind of meeting naming it, do not count
        String other = schedule(cellA, "RESOLUTION_STUDY", "Học tập Nghị quyết Trung ương 4 khóa XII");
        attend(cellA, other, m5, "PRESENT");
        String monthly = schedule(cellA, "MONTHLY_CELL_MEETING", "Sinh hoạt chi bộ: " + resolution);
        attend(cellA, monthly, m5, "PRESENT");

        coverage(TestTokens.inspector(committee), committee, 200)
                .body("resolution", equalTo(resolution)).body("meetings", equalTo(2))
                .body("invitedMembers", equalTo(5)).body("presentMembers", equalTo(4))
                .body("notPresentMembers", equalTo(1)).body("percent", equalTo(80.0f))
                .body("organizations.organizationId", containsInAnyOrder(committee.toString(), cellA.toString()))
                .body("organizations.find { it.organizationId == '" + committee + "' }.percent", equalTo(66.7f))
                .body("organizations.find { it.organizationId == '" + cellA + "' }.invitedMembers", equalTo(3))
                .body("organizations.find { it.organizationId == '" + cellA + "' }.presentMembers", equalTo(2));
        coverage(TestTokens.secretary(cellA), cellA, 200)
                .body("invitedMembers", equalTo(3)).body("presentMembers", equalTo(2)).body("percent", equalTo(66.7f));
        coverage(TestTokens.blocAdmin(), bloc, 200).body("meetings", equalTo(3))
                .body("invitedMembers", equalTo(8)).body("presentMembers", equalTo(5)).body("percent", equalTo(62.5f))
                .body("organizations", hasSize(3));
        coverage(TestTokens.secretary(sibling), sibling, 200)
                .body("invitedMembers", equalTo(3)).body("presentMembers", equalTo(1)).body("percent", equalTo(33.3f))
                .body("organizations.organizationId", contains(siblingCell.toString()));

        // the resolution is matched case-insensitively
        given().auth().oauth2(TestTokens.integration(bloc)).queryParam("resolution", resolution.toLowerCase())
                .queryParam("organizationId", cellA).when().get(COVERAGE).then().statusCode(200)
                .body("presentMembers", equalTo(2));
    }

    @Test
    void fullAndEmptyCoverageAndAccess() {
        UUID m1 = UUID.randomUUID(), m2 = UUID.randomUUID();
        String session = schedule(cellA, "RESOLUTION_STUDY", "Học tập " + resolution);
        attend(cellA, session, m1, "PRESENT");
        attend(cellA, session, m2, "PRESENT");
        coverage(TestTokens.secretary(committee), cellA, 200).body("percent", equalTo(100.0f))
                .body("presentMembers", equalTo(2));
        // nothing held in the sibling subtree: zero counts, no percentage
        coverage(TestTokens.secretary(sibling), sibling, 200).body("meetings", equalTo(0))
                .body("invitedMembers", equalTo(0)).body("percent", nullValue()).body("organizations", hasSize(0));

        coverage(TestTokens.secretary(sibling), committee, 403);
        coverage(TestTokens.member(cellA, m1), cellA, 403);
        given().queryParam("resolution", resolution).queryParam("organizationId", cellA).when().get(COVERAGE)
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", cellA).when().get(COVERAGE)
                .then().statusCode(400).body("errors[0].field", equalTo("resolution"));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("resolution", resolution).when().get(COVERAGE)
                .then().statusCode(400).body("errors[0].field", equalTo("organizationId"));
    }

    private ValidatableResponse coverage(String token, UUID organization, int status) {
        return given().auth().oauth2(token).queryParam("resolution", resolution)
                .queryParam("organizationId", organization).when().get(COVERAGE).then().statusCode(status);
    }

    private String schedule(UUID organization, String kind, String title) {
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", organization.toString(), "kind", kind,
                "title", title, "startsAt", Instant.now().minus(1, ChronoUnit.DAYS).toString(),
                "location", "Hội trường"));
        return given().auth().oauth2(TestTokens.secretary(organization)).contentType(ContentType.JSON).body(body)
                .when().post(MEETINGS).then().statusCode(201).extract().path("id");
    }

    /** Invites the member and records {@code status} (none when null). */
    private void attend(UUID organization, String meeting, UUID member, String status) {
        String secretary = TestTokens.secretary(organization);
        FakeMembershipDirectory.memberOf(member, organization);
        String invitee = given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("memberId", member.toString()))
                .when().post(MEETINGS + "/" + meeting + "/invitees").then().statusCode(201).extract().path("id");
        if (status == null) {
            return;
        }
        Map<String, Object> body = new HashMap<>(Map.of("version", 0, "status", status));
        if (status.equals("EXCUSED")) {
            body.put("reason", "Đi công tác");
        }
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body(body)
                .when().put(MEETINGS + "/" + meeting + "/invitees/" + invitee + "/attendance")
                .then().statusCode(200).body("attendance", equalTo(status));
    }
}
