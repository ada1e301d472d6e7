package vn.party.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class HealthTest {

    @Test
    void readinessReportsEachServiceAndIsDownWhileOneIsDown() {
        given().get("/q/health/ready").then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.name", hasItems("membership", "inspection", "events"))
                .body("checks.find { it.name == 'membership' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'membership' }.data.status", equalTo("UP"))
                .body("checks.find { it.name == 'inspection' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'events' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'events' }.data.status", equalTo("UNREACHABLE"));
    }

    @Test
    void livenessIsTheGatewaysOwn() {
        given().get("/q/health/live").then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void metricsGroupProxiedCallsByService() {
        given().auth().oauth2(TestTokens.token("metrics-user", Set.of("member"), null, null))
                .get("/api/membership/members/" + System.nanoTime()).then().statusCode(200);

        given().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("uri=\"/api/membership/*\""));
    }
}
