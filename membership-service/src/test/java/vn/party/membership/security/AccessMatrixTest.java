package vn.party.membership.security;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;
import vn.party.testsupport.matrix.AccessMatrix;

/**
 * Every operation of membership's OpenAPI document, called with no token and with each role's token, answers as
 * declared in {@code src/test/resources/access-matrix.csv} (issue 11, point 4). A new endpoint fails this test until
 * its row says who may call it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class AccessMatrixTest {

    @Test
    void everyOperationAnswersEveryCallerAsDeclared() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = organization("AM-K-" + suffix, "BLOC_COMMITTEE", null);
        UUID grassroots = organization("AM-G-" + suffix, "GRASSROOTS_COMMITTEE", bloc);
        AccessMatrix.of("membership-service")
                .callersIn(grassroots, UUID.randomUUID())
                .parameter("organizationId", grassroots)
                .parameter("/api/membership/organizations/{id}", "id", grassroots)
                .verify();
    }

    private static UUID organization(String code, String type, UUID parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "Ma trận quyền " + code, "type", type));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        return UUID.fromString(given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/membership/organizations")
                .then().statusCode(201).extract().path("id"));
    }
}
