package vn.party.membership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.testsupport.PostgresTestResource;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class PlatformEndpointsTest {

    @Inject
    Flyway flyway;

    @Test
    void healthMetricsAndDocsNeedNoToken() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem(containsString("Database")));
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/membership/organizations"));
    }

    @Test
    void migrationsRanFromEmptyDatabase() {
        var applied = flyway.info().applied();
        org.junit.jupiter.api.Assertions.assertTrue(applied.length >= 2, "audit_log and organization migrations");
        org.junit.jupiter.api.Assertions.assertEquals("0.1", applied[0].getVersion().getVersion());
    }

    @Test
    void unknownRouteIs404Problem() {
        given().when().get("/api/membership/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().when().get("/nowhere").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void requestIdIsEchoedAndGeneratedWhenMissing() {
        given().header("X-Request-Id", "abc-123").when().get("/q/health/live")
                .then().header("X-Request-Id", equalTo("abc-123"));
        given().header("X-Request-Id", "bad id with spaces").when().get("/q/health/live")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
