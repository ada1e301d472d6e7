package vn.party.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasToString;
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
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
class CampaignApiTest {

    private static final String BASE = "/api/events/campaigns";

    private final UUID bloc = UUID.randomUUID();
    private final UUID committee = UUID.randomUUID();
    private final UUID cellA = UUID.randomUUID();
    private final UUID cellB = UUID.randomUUID();
    private final UUID sibling = UUID.randomUUID();
    private final UUID siblingCell = UUID.randomUUID();
    private final UUID foreign = UUID.randomUUID();

    @Inject
    AuditTrail auditTrail;

    @BeforeEach
    void tree() {
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(committee, bloc);
        FakeMembershipTree.place(cellA, committee);
        FakeMembershipTree.place(cellB, committee);
        FakeMembershipTree.place(sibling, bloc);
        FakeMembershipTree.place(siblingCell, sibling);
        FakeMembershipTree.place(foreign, null);
    }

    @Test
    void totalsAreExactWholeDongAndCoverTheSubtreeOnly() {
        String campaign = create(bloc);
        String contribution = contribute(TestTokens.secretary(cellA), campaign, cellA, 1_234_567_890L, 201)
                .body("amountDong", equalTo(1234567890)).body("recordedBy", equalTo("secretary-" + cellA))
                .extract().path("id");
        contribute(TestTokens.secretary(committee), campaign, cellA, 1, 201);
        contribute(TestTokens.secretary(committee), campaign, cellB, 999_999_999_999L, 201);
        contribute(TestTokens.secretary(committee), campaign, committee, 100_000, 201);
        contribute(TestTokens.secretary(sibling), campaign, siblingCell, 7_000_000, 201);
        // amounts as strings are read exactly too
        given().auth().oauth2(TestTokens.secretary(sibling)).contentType(ContentType.JSON)
                .body(Map.of("organizationId", sibling.toString(), "amount", "900719925474099"))
                .when().post(BASE + "/" + campaign + "/contributions").then().statusCode(201)
                .body("amountDong", hasToString(String.valueOf(900719925474099L)));

        // cell A: 1,234,567,890 + 1 exactly
        totals(TestTokens.secretary(cellA), campaign, cellA, 200)
                .body("totalDong", hasToString(String.valueOf(1234567891L))).body("contributions", equalTo(2))
                .body("organizations.organizationId", contains(cellA.toString()));
        // committee: its own and its cells' contributions, not the sibling's
        totals(TestTokens.inspector(committee), campaign, committee, 200)
                .body("totalDong", hasToString(String.valueOf(1234567891L + 999_999_999_999L + 100_000L)))
                .body("contributions", equalTo(4))
                .body("organizations.organizationId", contains(cellB.toString(), cellA.toString(), committee.toString()));
        totals(TestTokens.secretary(sibling), campaign, sibling, 200)
                .body("totalDong", hasToString(String.valueOf(7_000_000L + 900719925474099L)));
        // whole bloc (default: the organizer)
        long all = 1234567891L + 999_999_999_999L + 100_000L + 7_000_000L + 900719925474099L;
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + campaign + "/totals")
                .then().statusCode(200).body("organizationId", equalTo(bloc.toString()))
                .body("totalDong", hasToString(String.valueOf(all))).body("contributions", equalTo(6));
        totals(TestTokens.integration(bloc), campaign, bloc, 200).body("totalDong", hasToString(String.valueOf(all)));

        // readers out of scope
        totals(TestTokens.secretary(cellA), campaign, committee, 403);
        totals(TestTokens.secretary(sibling), campaign, committee, 403);
        totals(TestTokens.member(cellA, UUID.randomUUID()), campaign, cellA, 403);

        given().auth().oauth2(TestTokens.secretary(cellA)).queryParam("organizationId", cellA)
                .when().get(BASE + "/" + campaign + "/contributions").then().statusCode(200)
                .body("amountDong", contains(1234567890, 1));

        assertEquals(List.of("CREATE"), auditTrail.history("campaign-contribution", contribution).stream()
                .map(entry -> entry.action).toList());
        assertEquals("secretary-" + cellA, auditTrail.history("campaign-contribution", contribution).get(0).actor);
    }

    @Test
    void amountsMustBeWholePositiveDong() {
        String campaign = create(bloc);
        for (Object bad : List.of(1000.5, "1000.5", 0.01, -1, -1000000, 0, "-5")) {
            given().auth().oauth2(TestTokens.secretary(cellA)).contentType(ContentType.JSON)
                    .body(Map.of("organizationId", cellA.toString(), "amount", bad))
                    .when().post(BASE + "/" + campaign + "/contributions").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("amount"));
        }
        given().auth().oauth2(TestTokens.secretary(cellA)).contentType(ContentType.JSON)
                .body(Map.of("organizationId", cellA.toString()))
                .when().post(BASE + "/" + campaign + "/contributions").then().statusCode(400)
                .body("errors.field", hasItem("amount"));
        totals(TestTokens.blocAdmin(), campaign, bloc, 200).body("totalDong", equalTo(0))
                .body("contributions", equalTo(0));
    }

    @Test
    void onlyInScopeSecretariesRecordAndOnlyBlocAdminLaunches() {
        String campaign = create(bloc);
        // out-of-scope secretary, inspector, member
        contribute(TestTokens.secretary(sibling), campaign, cellA, 1000, 403);
        contribute(TestTokens.secretary(cellB), campaign, cellA, 1000, 403);
        contribute(TestTokens.inspector(bloc), campaign, cellA, 1000, 403);
        contribute(TestTokens.member(cellA, UUID.randomUUID()), campaign, cellA, 1000, 403);
        // no token
        given().contentType(ContentType.JSON).body(Map.of("organizationId", cellA.toString(), "amount", 1000))
                .when().post(BASE + "/" + campaign + "/contributions").then().statusCode(401);
        given().when().get(BASE + "/" + campaign + "/totals").then().statusCode(401);
        // an organization outside the organizer's subtree
        String committeeCampaign = create(committee);
        contribute(TestTokens.secretary(sibling), committeeCampaign, siblingCell, 1000, 422)
                .body("errors[0].field", equalTo("campaign.contributor-outside-organizer"));
        // outside the period
        given().auth().oauth2(TestTokens.secretary(cellA)).contentType(ContentType.JSON)
                .body(Map.of("organizationId", cellA.toString(), "amount", 1000, "contributedOn", "2020-01-01"))
                .when().post(BASE + "/" + campaign + "/contributions").then().statusCode(422)
                .body("errors[0].field", equalTo("campaign.outside-period"));

        given().auth().oauth2(TestTokens.secretary(bloc)).contentType(ContentType.JSON).body(campaign(bloc))
                .when().post(BASE).then().statusCode(403);
        Map<String, Object> backwards = campaign(bloc);
        backwards.put("endsOn", "2000-01-01");
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(backwards)
                .when().post(BASE).then().statusCode(400).body("errors[0].field", equalTo("endsOn"));
        assertEquals(List.of("CREATE"),
                auditTrail.history("campaign", campaign).stream().map(entry -> entry.action).toList());
        given().auth().oauth2(TestTokens.inspector(cellA)).when().get(BASE + "/" + campaign).then().statusCode(200)
                .body("name", equalTo("Tết vì người nghèo"));
    }

    private static Map<String, Object> campaign(UUID organizer) {
        return new HashMap<>(Map.of("name", "Tết vì người nghèo", "organizerId", organizer.toString(),
                "startsOn", "2021-01-01", "endsOn", "2099-12-31"));
    }

    private String create(UUID organizer) {
        return given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(campaign(organizer))
                .when().post(BASE).then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse contribute(String token, String campaign, UUID organization, long amount, int status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("organizationId", organization.toString(), "amount", amount, "note", "Ủng hộ"))
                .when().post(BASE + "/" + campaign + "/contributions").then().statusCode(status);
    }

    private ValidatableResponse totals(String token, String campaign, UUID organization, int status) {
        return given().auth().oauth2(token).queryParam("organizationId", organization)
                .when().get(BASE + "/" + campaign + "/totals").then().statusCode(status);
    }
}
