package vn.party.membership.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/** provider=http against a WireMock stand-in for the provincial integration platform. */
@QuarkusTest
@TestProfile(HttpProviderProfile.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class HttpIdentityCheckApiTest {

    private static final String PROBLEM = "application/problem+json";

    private IdentityFixtures.Tree tree;
    private String secretary;

    @BeforeEach
    void setUp() {
        platform().resetAll();
        tree = IdentityFixtures.tree();
        secretary = TestTokens.secretary(tree.grassroots());
    }

    private static WireMockServer platform() {
        return PlatformStub.server();
    }

    /** The platform's endpoint, for the request of one person (matched on the CCCD in the body) with the API key. */
    private static com.github.tomakehurst.wiremock.client.MappingBuilder platformCall(IdentityFixtures.Person person) {
        return post(urlEqualTo(PlatformStub.PATH))
                .withHeader(PlatformStub.API_KEY_HEADER, equalTo(PlatformStub.API_KEY))
                .withRequestBody(matchingJsonPath("$.nationalId", equalTo(person.nationalId())));
    }

    private static RequestPatternBuilder callsFor(IdentityFixtures.Person person) {
        return postRequestedFor(urlEqualTo(PlatformStub.PATH))
                .withRequestBody(matchingJsonPath("$.nationalId", equalTo(person.nationalId())));
    }

    private static int calls(IdentityFixtures.Person person) {
        return platform().findAll(callsFor(person)).size();
    }

    private ValidatableResponse check(String token, IdentityFixtures.Person person) {
        return given().auth().oauth2(token).when().post(person.checks()).then();
    }

    private static ValidatableResponse history(IdentityFixtures.Person person) {
        return given().auth().oauth2(TestTokens.blocAdmin()).when().get(person.checks()).then().statusCode(200);
    }

    @Test
    void aMatchIsRecordedAsVerifiedWithTheStoredDataSentAndTheApiKeyInItsHeader() {
        IdentityFixtures.Person person = IdentityFixtures.member(tree.cell(), "Nguyễn Thị Đối Chiếu", "1985-07-14");
        platform().stubFor(platformCall(person).willReturn(okJson(
                "{\"result\":\"MATCH\",\"reference\":\"NDOP-2026-000123\",\"checkedBy\":\"ndop\"}")));

        String id = given().auth().oauth2(secretary).header("X-Request-Id", "idcheck-req-1").when()
                .post(person.checks()).then()
                .statusCode(201)
                .header("Location", containsString("/api/membership/members/" + person.id() + "/identity-checks/"))
                .body("memberId", org.hamcrest.Matchers.equalTo(person.id().toString()))
                .body("outcome", org.hamcrest.Matchers.equalTo("VERIFIED"))
                .body("outcomeName", containsString("Khớp"))
                .body("provider", org.hamcrest.Matchers.equalTo("http"))
                .body("providerReference", org.hamcrest.Matchers.equalTo("NDOP-2026-000123"))
                .body("mismatchedFields", empty())
                .body("failure", nullValue())
                .body("attempts", org.hamcrest.Matchers.equalTo(1))
                .body("checkedBy", org.hamcrest.Matchers.equalTo("secretary-" + tree.grassroots()))
                .body("checkedAt", org.hamcrest.Matchers.endsWith("Z"))
                .extract().path("id");

        // exactly the member's stored data went out, once, with the key and the request id
        platform().verify(1, callsFor(person)
                .withHeader(PlatformStub.API_KEY_HEADER, equalTo(PlatformStub.API_KEY))
                .withHeader("X-Request-Id", equalTo("idcheck-req-1"))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/json"))
                .withRequestBody(equalToJson("{\"nationalId\":\"" + person.nationalId() + "\",\"fullName\":\""
                        + person.fullName() + "\",\"dateOfBirth\":\"" + person.dateOfBirth() + "\"}")));

        given().auth().oauth2(secretary).when().get(person.checks() + "/" + id).then().statusCode(200)
                .body("outcome", org.hamcrest.Matchers.equalTo("VERIFIED"));
        // audited on the member, without the CCCD
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(IdentityFixtures.MEMBERS + person.id() + "/audit")
                .then().statusCode(200)
                .body("findAll { it.action == 'IDENTITY_CHECK' }.size()", org.hamcrest.Matchers.equalTo(1))
                .body("find { it.action == 'IDENTITY_CHECK' }.changes.identityCheckId.after",
                        org.hamcrest.Matchers.equalTo(id))
                .body("find { it.action == 'IDENTITY_CHECK' }.changes.outcome.after",
                        org.hamcrest.Matchers.equalTo("VERIFIED"))
                .body("find { it.action == 'IDENTITY_CHECK' }.actor",
                        org.hamcrest.Matchers.equalTo("secretary-" + tree.grassroots()))
                .body("find { it.action == 'IDENTITY_CHECK' }.requestId",
                        org.hamcrest.Matchers.equalTo("idcheck-req-1"))
                .body("find { it.action == 'IDENTITY_CHECK' }.changes.toString()", not(containsString(person.nationalId())));
    }

    @Test
    void aMismatchNamesTheFieldsThatDiffer() {
        IdentityFixtures.Person person = IdentityFixtures.member(tree.cell(), "Trần Văn Lệch", "1970-03-08");
        platform().stubFor(platformCall(person).willReturn(okJson(
                "{\"result\":\"MISMATCH\",\"mismatchedFields\":[\"fullName\",\"dateOfBirth\"],\"reference\":\"R-77\"}")));

        check(TestTokens.blocAdmin(), person).statusCode(201)
                .body("outcome", org.hamcrest.Matchers.equalTo("MISMATCH"))
                .body("mismatchedFields", contains("fullName", "dateOfBirth"))
                .body("providerReference", org.hamcrest.Matchers.equalTo("R-77"));
        history(person).body("items[0].mismatchedFields", contains("fullName", "dateOfBirth"));
    }

    @Test
    void aNotFoundAnswerIsRecordedButABare404IsAWrongPathNotACitizenMissing() {
        IdentityFixtures.Person unknown = IdentityFixtures.member(tree.cell(), "Hoàng Văn Vắng", "1988-12-01");
        platform().stubFor(platformCall(unknown).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"result\":\"NOT_FOUND\",\"reference\":\"R-404\"}")));
        check(secretary, unknown).statusCode(201)
                .body("outcome", org.hamcrest.Matchers.equalTo("NOT_FOUND"))
                .body("providerReference", org.hamcrest.Matchers.equalTo("R-404"));

        // a 404 page from a proxy or a wrong path: refused, recorded, not retried, never "not found"
        IdentityFixtures.Person other = IdentityFixtures.member(tree.cell(), "Đinh Văn Sai", "1981-04-30");
        platform().stubFor(platformCall(other).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html").withBody("<html>Not Found</html>")));
        String id = check(secretary, other).statusCode(502).contentType(PROBLEM)
                .body("type", org.hamcrest.Matchers.equalTo("https://party.gov.vn/problems/bad-gateway"))
                .body("outcome", org.hamcrest.Matchers.equalTo("UNAVAILABLE"))
                .body("failure", org.hamcrest.Matchers.equalTo("REJECTED"))
                .extract().path("identityCheckId");
        assertEquals(1, calls(other));
        history(other).body("items.id", contains(id)).body("items[0].outcome", org.hamcrest.Matchers.equalTo("UNAVAILABLE"));
    }

    @Test
    void aTransient503IsRetriedAndOneCheckIsRecorded() {
        IdentityFixtures.Person person = IdentityFixtures.member(tree.cell(), "Lý Thị Thử Lại", "1992-02-29");
        platform().stubFor(platformCall(person).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        platform().stubFor(platformCall(person).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(okJson("{\"result\":\"MATCH\",\"reference\":\"R-2\"}")));

        check(secretary, person).statusCode(201)
                .body("outcome", org.hamcrest.Matchers.equalTo("VERIFIED"))
                .body("attempts", org.hamcrest.Matchers.equalTo(2));
        assertEquals(2, calls(person));
        history(person).body("totalItems", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void rateLimitingAndABrokenConnectionAreRetriedToo() {
        IdentityFixtures.Person person = IdentityFixtures.member(tree.cell(), "Mai Văn Kiên Nhẫn", "1975-06-15");
        platform().stubFor(platformCall(person).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429)).willSetStateTo("reset"));
        platform().stubFor(platformCall(person).inScenario("busy").whenScenarioStateIs("reset")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("up"));
        platform().stubFor(platformCall(person).inScenario("busy").whenScenarioStateIs("up")
                .willReturn(okJson("{\"result\":\"NOT_FOUND\"}")));

        check(secretary, person).statusCode(201)
                .body("outcome", org.hamcrest.Matchers.equalTo("NOT_FOUND"))
                .body("attempts", org.hamcrest.Matchers.equalTo(3));
        assertEquals(3, calls(person));
    }

    @Test
    void aPersistentTimeoutIsRecordedAsUnavailableAndAnswered503WithTheRecordId() {
        IdentityFixtures.Person person = IdentityFixtures.member(tree.cell(), "Vương Văn Chờ", "1966-10-10");
        platform().stubFor(platformCall(person).willReturn(okJson("{\"result\":\"MATCH\"}").withFixedDelay(1500)));

        String id = check(secretary, person).statusCode(503).contentType(PROBLEM)
                .header("Location", containsString("/identity-checks/"))
                .body("type", org.hamcrest.Matchers.equalTo("https://party.gov.vn/problems/service-unavailable"))
                .body("status", org.hamcrest.Matchers.equalTo(503))
                .body("outcome", org.hamcrest.Matchers.equalTo("UNAVAILABLE"))
                .body("failure", org.hamcrest.Matchers.equalTo("TIMEOUT"))
                .body("attempts", org.hamcrest.Matchers.equalTo(3))
                .body("instance", org.hamcrest.Matchers.equalTo(person.checks()))
                .extract().path("identityCheckId");
        assertEquals(3, calls(person), "one attempt and max-retries=2 retries");
        history(person).body("totalItems", org.hamcrest.Matchers.equalTo(1))
                .body("items[0].id", org.hamcrest.Matchers.equalTo(id))
                .body("items[0].outcome", org.hamcrest.Matchers.equalTo("UNAVAILABLE"))
                .body("items[0].failure", org.hamcrest.Matchers.equalTo("TIMEOUT"))
                .body("items[0].providerReference", nullValue());
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(IdentityFixtures.MEMBERS + person.id() + "/audit")
                .then().statusCode(200)
                .body("find { it.action == 'IDENTITY_CHECK' }.changes.outcome.after",
                        org.hamcrest.Matchers.equalTo("UNAVAILABLE"));
    }

    @Test
    void persistentServerErrorsEndAsUnavailableAfterTheRetries() {
        IdentityFixtures.Person person = IdentityFixtures.member(tree.cell(), "Tạ Văn Hỏng", "1977-01-20");
        platform().stubFor(platformCall(person).willReturn(aResponse().withStatus(500)));
        check(secretary, person).statusCode(503)
                .body("failure", org.hamcrest.Matchers.equalTo("SERVER_ERROR"))
                .body("attempts", org.hamcrest.Matchers.equalTo(3));
        assertEquals(3, calls(person));
    }

    @Test
    void a400FromThePlatformIsNotRetried() {
        IdentityFixtures.Person person = IdentityFixtures.member(tree.cell(), "Quách Thị Từ Chối", "1983-11-11");
        platform().stubFor(platformCall(person).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid request\"}")));

        check(secretary, person).statusCode(502).contentType(PROBLEM)
                .body("status", org.hamcrest.Matchers.equalTo(502))
                .body("failure", org.hamcrest.Matchers.equalTo("REJECTED"))
                .body("attempts", org.hamcrest.Matchers.equalTo(1))
                .body("detail", containsString("HTTP 400"));
        assertEquals(1, calls(person));
        history(person).body("items[0].failureDetail", containsString("HTTP 400"));
    }

    @Test
    void anAnswerTheAdapterCannotReadIsNotRetriedNorTakenForAVerdict() {
        IdentityFixtures.Person person = IdentityFixtures.member(tree.cell(), "Ông Văn Lạ", "1969-08-19");
        platform().stubFor(platformCall(person).willReturn(okJson("{\"result\":\"MISMATCH\",\"mismatchedFields\":[]}")));
        check(secretary, person).statusCode(502)
                .body("failure", org.hamcrest.Matchers.equalTo("INVALID_RESPONSE"));
        assertEquals(1, calls(person));
    }

    @Test
    void callersWithoutTheRightNeverReachThePlatform() {
        IdentityFixtures.Person person = IdentityFixtures.member(tree.cell(), "Châu Văn Kín", "1990-05-05");
        platform().stubFor(platformCall(person).willReturn(okJson("{\"result\":\"MATCH\"}")));
        check(TestTokens.secretary(tree.otherGrassroots()), person).statusCode(403);
        check(TestTokens.member(tree.cell(), person.id()), person).statusCode(403);
        check(TestTokens.integration(tree.bloc()), person).statusCode(403);
        check(TestTokens.inspector(tree.bloc()), person).statusCode(403);
        assertEquals(0, calls(person));
        history(person).body("totalItems", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void theHistoryIsNewestFirstAndPagedAndTheSummaryKeepsTheLastVerification() {
        IdentityFixtures.Person person = IdentityFixtures.member(tree.cell(), "Bùi Thị Lịch Sử", "1986-09-09");
        platform().stubFor(platformCall(person).inScenario("h").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"result\":\"MATCH\",\"reference\":\"first\"}")).willSetStateTo("2"));
        platform().stubFor(platformCall(person).inScenario("h").whenScenarioStateIs("2")
                .willReturn(okJson("{\"result\":\"MISMATCH\",\"mismatchedFields\":[\"fullName\"],\"reference\":\"second\"}"))
                .willSetStateTo("3"));
        platform().stubFor(platformCall(person).inScenario("h").whenScenarioStateIs("3")
                .willReturn(aResponse().withStatus(400)));

        String first = check(secretary, person).statusCode(201).extract().path("id");
        check(secretary, person).statusCode(201);
        String third = check(secretary, person).statusCode(502).extract().path("identityCheckId");

        given().auth().oauth2(secretary).queryParam("size", 2).when().get(person.checks()).then().statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.equalTo(3))
                .body("totalPages", org.hamcrest.Matchers.equalTo(2))
                .body("items.providerReference", contains(nullValue(), org.hamcrest.Matchers.equalTo("second")))
                .body("items[0].id", org.hamcrest.Matchers.equalTo(third));
        given().auth().oauth2(secretary).queryParam("size", 2).queryParam("page", 1).when().get(person.checks())
                .then().statusCode(200)
                .body("items.id", contains(first));
        given().auth().oauth2(secretary).when().get(person.checks() + "/summary").then().statusCode(200)
                .body("totalChecks", org.hamcrest.Matchers.equalTo(3))
                .body("latest.id", org.hamcrest.Matchers.equalTo(third))
                .body("latest.outcome", org.hamcrest.Matchers.equalTo("UNAVAILABLE"))
                .body("lastVerifiedAt", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(IdentityFixtures.MEMBERS + person.id() + "/audit")
                .then().statusCode(200)
                .body("findAll { it.action == 'IDENTITY_CHECK' }.size()", org.hamcrest.Matchers.equalTo(3));
    }

    @Test
    void theLogsCarryNoPersonalDataNorTheApiKey() {
        IdentityFixtures.Person person = IdentityFixtures.member(tree.cell(), "Đoàn Thị Bí Mật", "1973-03-03");
        platform().stubFor(platformCall(person).inScenario("log").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        platform().stubFor(platformCall(person).inScenario("log").whenScenarioStateIs("up")
                .willReturn(okJson("{\"result\":\"MISMATCH\",\"mismatchedFields\":[\"dateOfBirth\"]}")));
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
                synchronized (lines) {
                    lines.add(record.getLoggerName() + " " + message
                            + (record.getThrown() == null ? "" : " " + record.getThrown()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            check(secretary, person).statusCode(201).body("outcome", org.hamcrest.Matchers.equalTo("MISMATCH"));
            IdentityFixtures.Person silent = IdentityFixtures.member(tree.cell(), "Đoàn Văn Im Lặng", "1974-04-04");
            platform().stubFor(platformCall(silent).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
            check(secretary, silent).statusCode(503);
        } finally {
            root.removeHandler(capture);
        }
        String all;
        synchronized (lines) {
            all = String.join("\n", lines);
        }
        assertTrue(all.contains("Identity check"), "the checks are logged: " + all);
        for (String secret : List.of(person.nationalId(), person.fullName(), person.dateOfBirth(), PlatformStub.API_KEY,
                "Đoàn Văn Im Lặng", "1974-04-04")) {
            assertFalse(all.contains(secret), "the logs hold '" + secret + "':\n" + all);
        }
    }
}
