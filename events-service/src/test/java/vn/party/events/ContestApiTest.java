package vn.party.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
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

import vn.party.common.persistence.AuditTrail;
import vn.party.events.commendation.FakeMembershipDirectory;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
class ContestApiTest {

    private static final String BASE = "/api/events/contests";

    private final UUID bloc = UUID.randomUUID();
    private final UUID cellA = UUID.randomUUID();
    private final UUID cellB = UUID.randomUUID();
    private final UUID foreign = UUID.randomUUID();

    @Inject
    AuditTrail auditTrail;

    @BeforeEach
    void tree() {
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(cellA, bloc);
        FakeMembershipTree.place(cellB, bloc);
        FakeMembershipTree.place(foreign, null);
    }

    @Test
    void entrantsFromCellsAreScoredExactlyAndRanked() {
        String contest = given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Hội thi Báo cáo viên giỏi", "organizerId", bloc.toString(), "heldOn", "2026-05-19"))
                .when().post(BASE).then().statusCode(201).body("entrants", equalTo(0)).extract().path("id");
        UUID an = UUID.randomUUID(), binh = UUID.randomUUID(), chi = UUID.randomUUID();
        FakeMembershipDirectory.memberOf(an, cellA);
        FakeMembershipDirectory.memberOf(binh, cellA);
        FakeMembershipDirectory.memberOf(chi, cellB);
        String a = enter(TestTokens.secretary(cellA), contest, an, cellA, "Nguyễn Văn An", 201).extract().path("id");
        String b = enter(TestTokens.secretary(cellA), contest, binh, cellA, "Trần Thị Bình", 201).extract().path("id");
        String c = enter(TestTokens.secretary(cellB), contest, chi, cellB, "Lê Văn Chí", 201).extract().path("id");
        enter(TestTokens.secretary(cellA), contest, an, cellA, "Nguyễn Văn An", 409);
        enter(TestTokens.secretary(cellB), contest, UUID.randomUUID(), cellA, "X", 403);
        enter(TestTokens.secretary(foreign), contest, UUID.randomUUID(), foreign, "X", 422)
                .body("errors[0].field", equalTo("contest.entrant-outside-organizer"));
        given().contentType(ContentType.JSON).body(Map.of()).when().post(BASE + "/" + contest + "/entrants")
                .then().statusCode(401);

        given().auth().oauth2(TestTokens.inspector(bloc)).when().get(BASE + "/" + contest).then().statusCode(200)
                .body("entrants", equalTo(3)).body("organizations", equalTo(2)).body("scored", equalTo(0));
        // a cell's secretary may not list the entrants, so the contest's counts are not shown to them either
        given().auth().oauth2(TestTokens.secretary(cellA)).when().get(BASE + "/" + contest).then().statusCode(200)
                .body("name", equalTo("Hội thi Báo cáo viên giỏi")).body("entrants", nullValue())
                .body("organizations", nullValue()).body("scored", nullValue());

        // only the organizing level scores; at most two decimals, 0–100
        result(TestTokens.secretary(cellA), contest, a, 0, "95.5", null, 403);
        result(TestTokens.secretary(bloc), contest, a, 0, "95.555", null, 400).body("errors.field", hasItem("score"));
        result(TestTokens.secretary(bloc), contest, a, 0, "100.01", null, 400).body("errors.field", hasItem("score"));
        result(TestTokens.secretary(bloc), contest, a, 0, "95.25", "Giải Nhất", 200)
                .body("score", equalTo(95.25f)).body("prize", equalTo("Giải Nhất"));
        result(TestTokens.secretary(bloc), contest, c, 0, "88", "Giải Nhì", 200);
        result(TestTokens.secretary(bloc), contest, a, 0, "96", null, 409);

        given().auth().oauth2(TestTokens.secretary(bloc)).when().get(BASE + "/" + contest + "/entrants")
                .then().statusCode(200).body("id", contains(a, c, b)).body("prize", contains("Giải Nhất", "Giải Nhì", null));
        given().auth().oauth2(TestTokens.secretary(cellA)).when().get(BASE + "/" + contest + "/entrants")
                .then().statusCode(403);
        assertEquals(List.of("CREATE", "UPDATE"),
                auditTrail.history("contest-entrant", a).stream().map(entry -> entry.action).toList());
    }

    private ValidatableResponse enter(String token, String contest, UUID member, UUID organization, String name,
            int status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("memberId", member.toString(), "organizationId", organization.toString(),
                        "displayName", name))
                .when().post(BASE + "/" + contest + "/entrants").then().statusCode(status);
    }

    private ValidatableResponse result(String token, String contest, String entrant, int version, String score,
            String prize, int status) {
        Map<String, Object> body = new HashMap<>(Map.of("version", version, "score", score));
        if (prize != null) {
            body.put("prize", prize);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put(BASE + "/" + contest + "/entrants/" + entrant + "/result").then().statusCode(status);
    }
}
