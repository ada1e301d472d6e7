package vn.party.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.inspection.discipline.FakeMembershipMembers;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipMembers.class)
class PlanApiTest {

    private static final String BASE = "/api/inspection/plans";

    private final UUID bloc = UUID.randomUUID();
    private final UUID grassroots = UUID.randomUUID();
    private final UUID otherGrassroots = UUID.randomUUID();

    @BeforeEach
    void tree() {
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(grassroots, bloc);
        FakeMembershipTree.place(otherGrassroots, bloc);
    }

    @Test
    void inspectorPlansForBodiesInScopeAndTheScopeCheckNeverCallsMembership() {
        String inspector = TestTokens.inspector(grassroots);
        int feedCalls = FakeMembershipTree.feedCalls();
        String id = given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(plan(grassroots, 2026, "Chương trình kiểm tra, giám sát năm 2026 của UBKT Đảng ủy Sở"))
                .when().post(BASE)
                .then().statusCode(201)
                .header("Location", containsString("/api/inspection/plans/"))
                .body("title", equalTo("Chương trình kiểm tra, giám sát năm 2026 của UBKT Đảng ủy Sở"))
                .extract().path("id");
        // the scope check read the local replica: nothing was asked of membership
        assertEquals(feedCalls, FakeMembershipTree.feedCalls());

        given().auth().oauth2(TestTokens.integration(bloc)).when().get(BASE + "/" + id).then().statusCode(200);
        given().auth().oauth2(inspector).when().get(BASE + "?organizationId=" + grassroots + "&year=2026")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void outOfScopeAndWrongRoleAre403() {
        given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(plan(otherGrassroots, 2026, "Không thuộc phạm vi"))
                .when().post(BASE)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.integration(bloc)).contentType(ContentType.JSON)
                .body(plan(grassroots, 2026, "Chỉ đọc"))
                .when().post(BASE)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.member(grassroots, UUID.randomUUID()))
                .when().get(BASE + "?organizationId=" + grassroots)
                .then().statusCode(403);
        given().when().get(BASE + "?organizationId=" + grassroots).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void onePlanPerBodyAndYear() {
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(plan(bloc, 2025, "Chương trình năm 2025")).when().post(BASE).then().statusCode(201);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(plan(bloc, 2025, "Trùng năm")).when().post(BASE)
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void badInputIs400NamingTheField() {
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("inspectingOrganizationId", bloc.toString(), "year", 1800))
                .when().post(BASE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("year"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("inspectingBody"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body("{\"inspectingOrganizationId\": \"" + bloc + "\", \"inspectingBody\": \"COMMITTEE\","
                        + " \"year\": \"hai nghìn\", \"title\": \"x\"}")
                .when().post(BASE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE)
                .then().statusCode(400).body("errors.field", hasItem("organizationId"));
    }

    @Test
    void staleVersionIs409() {
        String id = given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(plan(bloc, 2024, "Chương trình năm 2024")).when().post(BASE).then().extract().path("id");
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("title", "Chương trình năm 2024 (sửa đổi)", "version", 0))
                .when().put(BASE + "/" + id).then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("title", "Ghi đè", "version", 0))
                .when().put(BASE + "/" + id).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void docsAndHealthAreOpen() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("paths", hasKey(BASE));
    }

    private static Map<String, Object> plan(UUID organization, int year, String title) {
        return Map.of("inspectingOrganizationId", organization.toString(), "inspectingBody", "INSPECTION_COMMITTEE",
                "year", year, "title", title);
    }
}
