package vn.party.membership.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrganizationApiTest {

    private static final String BASE = "/api/membership/organizations";

    private UUID bloc;
    private UUID grassroots;
    private UUID cell;
    private UUID otherGrassroots;

    @BeforeEach
    void tree() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        bloc = create(TestTokens.blocAdmin(), "DBK-" + suffix, "Đảng bộ Khối các cơ quan tỉnh", "BLOC_COMMITTEE", null);
        grassroots = create(TestTokens.blocAdmin(), "GTVT-" + suffix, "Đảng bộ Sở Giao thông vận tải",
                "GRASSROOTS_COMMITTEE", bloc);
        cell = create(TestTokens.secretary(grassroots), "VP-" + suffix, "Chi bộ Văn phòng Sở", "SUBORDINATE_CELL",
                grassroots);
        otherGrassroots = create(TestTokens.blocAdmin(), "TP-" + suffix, "Chi bộ Sở Tư pháp", "GRASSROOTS_CELL", bloc);
    }

    @Test
    void withoutTokenIs401Problem() {
        given().when().get(BASE + "/" + bloc)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Authentication required"));
    }

    @Test
    void garbageExpiredOrForeignTokensAre401() {
        for (String token : new String[] {"not-a-jwt", TestTokens.expired(), TestTokens.foreignAudience()}) {
            given().auth().oauth2(token).when().get(BASE + "/" + bloc)
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void createdOrganizationKeepsVietnameseTextAndIsAudited() {
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + grassroots)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("name", equalTo("Đảng bộ Sở Giao thông vận tải"))
                .body("typeName", equalTo("Đảng bộ cơ sở"))
                .body("parentId", equalTo(bloc.toString()))
                .body("status", equalTo("ACTIVE"));

        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cell + "/audit")
                .then().statusCode(200)
                .body("[0].action", equalTo("CREATE"))
                .body("[0].actor", equalTo("secretary-" + grassroots))
                .body("[0].changes.name.after", equalTo("Chi bộ Văn phòng Sở"));
    }

    @Test
    void secretaryReadsOwnSubtreeButNotOtherOrganizations() {
        String secretary = TestTokens.secretary(grassroots);
        given().auth().oauth2(secretary).when().get(BASE + "/" + cell).then().statusCode(200);
        given().auth().oauth2(secretary).when().get(BASE + "/" + otherGrassroots)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("phạm vi"));
        given().auth().oauth2(secretary).when().get(BASE + "/" + bloc).then().statusCode(403);
        given().auth().oauth2(secretary).when().get(BASE)
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", contains(grassroots.toString(), cell.toString()));
    }

    @Test
    void secretaryCannotCreateOutsideScopeNorRoots() {
        String secretary = TestTokens.secretary(grassroots);
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("code", "X-" + UUID.randomUUID().toString().substring(0, 8), "name", "Chi bộ khác",
                        "type", "PARTY_GROUP", "parentId", otherGrassroots.toString()))
                .when().post(BASE).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("code", "R-" + UUID.randomUUID().toString().substring(0, 8), "name", "Gốc",
                        "type", "BLOC_COMMITTEE"))
                .when().post(BASE).then().statusCode(403);
    }

    @Test
    void wrongRoleIs403() {
        given().auth().oauth2(TestTokens.member(cell, UUID.randomUUID())).when().get(BASE + "/" + cell)
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(TestTokens.inspector(bloc)).contentType(ContentType.JSON)
                .body(Map.of("code", "I-1", "name", "x", "type", "PARTY_GROUP", "parentId", cell.toString()))
                .when().post(BASE).then().statusCode(403);
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(BASE + "/" + cell + "/audit")
                .then().statusCode(403);
    }

    @Test
    void inspectorAndIntegrationReadInScopeOnly() {
        given().auth().oauth2(TestTokens.inspector(bloc)).when().get(BASE + "/" + cell).then().statusCode(200);
        given().auth().oauth2(TestTokens.integration(otherGrassroots)).when().get(BASE + "/" + cell)
                .then().statusCode(403);
    }

    @Test
    void placementRulesAre422NamingTheRule() {
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("code", "BAD-" + UUID.randomUUID().toString().substring(0, 8), "name", "Tổ đảng 1",
                        "type", "PARTY_GROUP", "parentId", bloc.toString()))
                .when().post(BASE)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("organization.placement"))
                .body("detail", containsString("Tổ đảng"));
    }

    @Test
    void missingAndInvalidFieldsAre400NamingTheField() {
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("code", "bad code!", "type", "BLOC_COMMITTEE"))
                .when().post(BASE)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("code"));
    }

    @Test
    void malformedJsonWrongTypeAndUnknownFieldAre400() {
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body("{\"code\": \"A\", \"name\": ")
                .when().post(BASE)
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("$"))
                .body(not(containsString("Exception")));

        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body("{\"code\": \"A1\", \"name\": \"x\", \"type\": \"CHI_BO\"}")
                .when().post(BASE)
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"));

        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body("{\"code\": \"A2\", \"name\": \"x\", \"type\": \"BLOC_COMMITTEE\", \"foundedOn\": \"31/12/2020\"}")
                .when().post(BASE)
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("foundedOn"));

        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body("{\"code\": \"A3\", \"nmae\": \"x\", \"type\": \"BLOC_COMMITTEE\"}")
                .when().post(BASE)
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("nmae"));
    }

    @Test
    void malformedPathIdAndPagingAre4xxProblems() {
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "?size=1000")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("size"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void duplicateCodeIs409() {
        String code = given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cell)
                .then().extract().path("code");
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Trùng mã", "type", "SUBORDINATE_CELL", "parentId", grassroots.toString()))
                .when().post(BASE)
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void staleVersionIs409AndNothingIsOverwritten() {
        int version = given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cell)
                .then().extract().path("version");
        given().auth().oauth2(TestTokens.secretary(grassroots)).contentType(ContentType.JSON)
                .header("X-Request-Id", "edit-" + cell)
                .body(Map.of("name", "Chi bộ Văn phòng và Thanh tra Sở", "version", version))
                .when().put(BASE + "/" + cell)
                .then().statusCode(200)
                .body("version", equalTo(version + 1));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Tên cũ ghi đè", "version", version))
                .when().put(BASE + "/" + cell)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("stale-version"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cell)
                .then().body("name", equalTo("Chi bộ Văn phòng và Thanh tra Sở"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cell + "/audit")
                .then().body("[1].action", equalTo("UPDATE"))
                .body("[1].requestId", equalTo("edit-" + cell))
                .body("[1].changes.name.before", equalTo("Chi bộ Văn phòng Sở"))
                .body("[1].changes.name.after", equalTo("Chi bộ Văn phòng và Thanh tra Sở"));
    }

    @Test
    void childrenAreListedPagedAndAncestryIsNearestFirst() {
        given().auth().oauth2(TestTokens.inspector(bloc)).when().get(BASE + "/" + bloc + "/children?size=1")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("totalPages", equalTo(2))
                .body("items.size()", equalTo(1));
        given().auth().oauth2(TestTokens.member(cell, UUID.randomUUID())).when().get(BASE + "/" + cell + "/ancestry")
                .then().statusCode(200)
                .body("", contains(cell.toString(), grassroots.toString(), bloc.toString()));
    }

    private static UUID create(String token, String code, String name, String type, UUID parent) {
        var body = new java.util.HashMap<String, Object>(Map.of("code", code, "name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(BASE)
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}
