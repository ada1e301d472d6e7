package vn.party.membership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * Issue 11, points 7 and acceptance: the HTTP layer's own refusals are problem+json like every 4xx (the framework
 * would answer 413 and 414 with an empty body), and no page number overflows into a 500.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class HttpLimitsProblemTest {

    @Test
    void aBodyOverTheLimitIsA413Problem() throws Exception {
        // the length is declared and the body never sent: the answer must come before the client sends 50 MB
        String answer = raw("POST /api/membership/members/imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestTokens.blocAdmin() + "\r\nContent-Type: text/csv\r\nContent-Length: 50000000\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"status\":413"), answer);
    }

    @Test
    void aUriOverTheLimitIsA414Problem() {
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("q", "a".repeat(10_000))
                .when().get("/api/membership/members")
                .then().statusCode(414).contentType("application/problem+json").body("status", equalTo(414));
    }

    @Test
    void anUnsupportedMediaTypeIsA415Problem() {
        given().auth().oauth2(TestTokens.blocAdmin()).contentType("application/xml").body("<a/>")
                .when().post("/api/membership/members")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aHugePageIsA400NamingPageNeverA500() {
        for (String path : new String[] {"/api/membership/members", "/api/membership/organizations"}) {
            given().auth().oauth2(TestTokens.blocAdmin()).queryParam("page", Integer.MAX_VALUE).queryParam("size", 200)
                    .when().get(path)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("page"));
            given().auth().oauth2(TestTokens.blocAdmin()).queryParam("page", 10_737_419).queryParam("size", 200)
                    .when().get(path).then().statusCode(400);
        }
    }

    /** One request written by hand, its answer read until the connection closes or 5 s pass. */
    private static String raw(String head) throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // what came is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
