package vn.party.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class RoutingTest {

    private static final String TOKEN = TestTokens.token("routing-user", Set.of("member"), UUID.randomUUID(), null);

    @Test
    void forwardsToTheServiceOwningThePrefixWithPathQueryAndToken() {
        Response response = given().auth().oauth2(TOKEN).get("/api/membership/members/42?page=2&size=5");

        response.then()
                .statusCode(200)
                .body("service", equalTo("membership"))
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/membership/members/42?page=2&size=5"))
                .body("headers.authorization", contains("Bearer " + TOKEN));
        given().auth().oauth2(TOKEN).get("/api/inspection/plans").then()
                .statusCode(200)
                .body("service", equalTo("inspection"));
    }

    @Test
    void integrationFeedsGoToTheServicesThatPublishThemPathUnchanged() {
        String integration = TestTokens.integration(UUID.randomUUID());
        given().auth().oauth2(integration).get("/api/integration/members/changes?since=2026-01-01&size=50").then()
                .statusCode(200)
                .body("service", equalTo("membership"))
                .body("uri", equalTo("/api/integration/members/changes?since=2026-01-01&size=50"))
                .body("headers.authorization", contains("Bearer " + integration));
        given().auth().oauth2(integration).get("/api/integration/organizations").then()
                .statusCode(200)
                .body("service", equalTo("membership"))
                .body("uri", equalTo("/api/integration/organizations"));
        given().auth().oauth2(integration).get("/api/integration/decisions/changes").then()
                .statusCode(200)
                .body("service", equalTo("inspection"));
        given().auth().oauth2(integration).get("/api/integration/meetings").then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/integration/members/changes").then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void setsOneRequestIdAndPassesItOn() {
        Response response = given().auth().oauth2(TOKEN).get("/api/membership/members");

        List<String> ids = response.headers().getValues("X-Request-Id");
        assertEquals(1, ids.size(), "the service's echo must not duplicate the gateway's header: " + ids);
        response.then().statusCode(200).body("headers.x-request-id", contains(ids.get(0)));
    }

    @Test
    void keepsAWellFormedRequestIdFromTheClient() {
        given().auth().oauth2(TOKEN).header("X-Request-Id", "frontend-123").get("/api/membership/members").then()
                .statusCode(200)
                .header("X-Request-Id", "frontend-123")
                .body("headers.x-request-id", contains("frontend-123"));
    }

    @Test
    void dropsForwardingHeadersTheClientMadeUp() {
        given().auth().oauth2(TOKEN)
                .header("X-Forwarded-For", "203.0.113.66")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Prefix", "/admin")
                .header("Forwarded", "for=203.0.113.66;host=evil.example")
                .get("/api/membership/members").then()
                .statusCode(200)
                .body("headers.forwarded", nullValue())
                .body("headers.x-forwarded-prefix", nullValue())
                .body("headers.x-forwarded-for", contains("127.0.0.1"))
                .body("headers.x-forwarded-host", hasSize(1))
                .body("headers.x-forwarded-host[0]", not(equalTo("evil.example")))
                .body("headers.x-forwarded-proto", contains("http"));
    }

    @Test
    void streamsTheRequestBodyToTheService() {
        String json = "{\"fullName\":\"Nguyễn Văn Đức\"}";
        given().auth().oauth2(TOKEN).contentType("application/json; charset=UTF-8").body(json)
                .post("/api/membership/members").then()
                .statusCode(200)
                .body("method", equalTo("POST"))
                .body("body", equalTo(json));
    }

    @Test
    void retriesAReadOnceWhenTheServiceDropsTheConnection() {
        given().auth().oauth2(TOKEN).get("/api/membership/flaky/" + UUID.randomUUID()).then()
                .statusCode(200)
                .body("hit", equalTo(2));
    }

    @Test
    void burstOfConcurrentReadsAllSucceed() throws Exception {
        // a few callers so the burst stays under each one's rate limit
        List<String> tokens = List.of(1, 2, 3, 4).stream()
                .map(i -> TestTokens.token("burst-" + i, Set.of("member"), null, null)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String token = tokens.get(i % tokens.size());
                calls.add(pool.submit(() -> given().auth().oauth2(token).get("/api/inspection/plans").statusCode()));
            }
            for (Future<Integer> call : calls) {
                assertEquals(200, call.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknownPathsAreProblems() {
        given().auth().oauth2(TOKEN).get("/api/unknown/things").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"))
                .body("instance", equalTo("/api/unknown/things"))
                .header("X-Request-Id", notNullValue());
    }
}
