package vn.party.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.gateway.observability.RequestLog;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class RequestLogTest {

    private static final String CCCD = "001099012345";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            Object[] parameters = record.getParameters();
            lines.add(record.getLoggerName() + " " + (parameters == null || parameters.length == 0 ? message
                    : String.format(message.replace("{0}", "%s"), parameters)));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        // the root logger: any line of any category written during the request is checked
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void oneLinePerRequestWithIdClientRouteStatusAndDurationButNoQueryOrPersonalData() throws InterruptedException {
        String requestId = "log-test-" + UUID.randomUUID();
        String token = TestTokens.token("nguyen.van.an", Set.of("org-secretary"), null, null);

        given().auth().oauth2(token).header("X-Request-Id", requestId)
                .queryParam("q", CCCD).queryParam("fullName", "Nguyễn Văn An")
                .get("/api/membership/members/" + UUID.randomUUID()).then().statusCode(200);

        String line = awaitAccessLine(requestId);
        assertTrue(line.contains("client=party-web"), line);
        assertTrue(line.contains("method=GET"), line);
        assertTrue(line.contains("route=/api/membership/**"), line);
        assertTrue(line.contains("status=200"), line);
        assertTrue(line.matches(".*durationMs=\\d+.*"), line);
        for (String captured : lines) {
            assertFalse(captured.contains(CCCD), "a CCCD from the query reached the log: " + captured);
            assertFalse(captured.contains("Nguyễn") || captured.contains("nguyen.van.an"), "a name reached the log: " + captured);
        }
    }

    @Test
    void theGatewaysOwnEndpointsAreLoggedByTemplateWithoutTheIds() throws InterruptedException {
        UUID member = UUID.randomUUID();
        String dossierRequest = "log-test-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.blocAdmin()).header("X-Request-Id", dossierRequest)
                .get("/api/members/{id}/dossier", member).then().statusCode(200);
        String dossierLine = awaitAccessLine(dossierRequest);
        assertTrue(dossierLine.contains("route=/api/members/{id}/dossier status=200"), dossierLine);
        assertFalse(dossierLine.contains(member.toString()), dossierLine);

        UUID organization = UUID.randomUUID();
        String reportRequest = "log-test-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.blocAdmin()).header("X-Request-Id", reportRequest)
                .queryParam("organizationId", organization).queryParam("year", "abc")
                .get("/api/reports/annual").then().statusCode(400);
        String reportLine = awaitAccessLine(reportRequest);
        assertTrue(reportLine.contains("route=/api/reports/annual status=400"), reportLine);
        assertFalse(reportLine.contains(organization.toString()), reportLine);
    }

    @Test
    void refusalsAreLoggedToo() throws InterruptedException {
        String requestId = "log-test-" + UUID.randomUUID();
        given().header("X-Request-Id", requestId).get("/api/inspection/plans?memberName=Tr%E1%BA%A7n").then().statusCode(401);

        String line = awaitAccessLine(requestId);
        assertTrue(line.contains("client=- method=GET route=/api/inspection/** status=401"), line);
    }

    @Test
    void metricsCountRequestsPerRouteLabelNotPerPath() {
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.token("metrics-user-2", Set.of("member"), null, null))
                .get("/api/inspection/plans/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.token("metrics-user-2", Set.of("member"), null, null))
                .get("/api/events/anything").then().statusCode(503);

        String metrics = given().get("/q/metrics").then().statusCode(200)
                .body(not(containsString(id)))
                .extract().asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("gateway_requests_seconds_count{")
                && l.contains("route=\"/api/inspection/**\"") && l.contains("status=\"200\"")), "count per route");
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("gateway_requests_seconds_bucket{")
                && l.contains("route=\"/api/inspection/**\"")), "latency histogram per route");
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("gateway_request_errors_total{")
                && l.contains("route=\"/api/events/**\"") && l.contains("status=\"503\"")), "errors per route");
    }

    private String awaitAccessLine(String requestId) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            List<String> access = lines.stream()
                    .filter(line -> line.startsWith(RequestLog.CATEGORY) && line.contains("request=" + requestId)).toList();
            if (!access.isEmpty()) {
                assertEquals(1, access.size(), "one line per request: " + access);
                return access.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no access line for " + requestId + " in " + lines);
    }
}
