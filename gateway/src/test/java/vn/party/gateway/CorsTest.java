package vn.party.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class CorsTest {

    @Test
    void preflightFromAConfiguredFrontendIsAllowed() {
        preflight("http://localhost:5173").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("authorization"));
    }

    @Test
    void preflightFromAnotherOriginIsRefused() {
        preflight("https://evil.example").then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void proxiedResponsesCarryTheGatewaysCorsHeadersOnly() {
        Response response = given().auth().oauth2(TestTokens.token("cors-user", Set.of("member"), null, null))
                .header("Origin", "http://localhost:3000")
                .get("/api/membership/members");

        response.then().statusCode(200)
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("X-Request-Id"));
        // the fake service adds "Access-Control-Allow-Origin: *", which must not reach the browser
        assertEquals(List.of("http://localhost:3000"), response.headers().getValues("Access-Control-Allow-Origin"));
    }

    private static Response preflight(String origin) {
        return given()
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/membership/members");
    }
}
