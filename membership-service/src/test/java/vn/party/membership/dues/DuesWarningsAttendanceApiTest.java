package vn.party.membership.dues;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

import vn.party.membership.leaving.LeavingTestSupport;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/** The removal-warning list with its attendance half from events-service (stubbed): answering, erring, down. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EventsStub.class)
class DuesWarningsAttendanceApiTest {

    private static final String MEMBERS = "/api/membership/members/";
    private static final String ORGANIZATIONS = "/api/membership/organizations/";

    private UUID grassroots;
    private UUID cell;
    private String secretary;
    /** Pays every month: listed only for attendance. */
    private UUID absentee;
    /** Pays every month, absent 2 months up to March (a third, April, has not been considered yet). */
    private UUID lateAbsentee;
    /** Never paid (no basis) and absent: both reasons. */
    private UUID both;
    /** Never paid, always present. */
    private UUID debtor;
    /** Pays and attends. */
    private UUID good;

    @BeforeEach
    void roll() {
        EventsStub.server().resetAll();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = LeavingTestSupport.organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        grassroots = LeavingTestSupport.organization("G-" + suffix, "Đảng bộ Sở Y tế", "GRASSROOTS_COMMITTEE", bloc);
        cell = LeavingTestSupport.organization("C-" + suffix, "Chi bộ Phòng Tổ chức", "SUBORDINATE_CELL", grassroots);
        secretary = TestTokens.secretary(grassroots);
        absentee = LeavingTestSupport.member(cell, "Nguyễn Văn An", "2020-01-10", "2021-01-10");
        lateAbsentee = LeavingTestSupport.member(cell, "Trần Văn Bình", "2020-01-10", "2021-01-10");
        both = LeavingTestSupport.member(cell, "Lê Thị Cúc", "2020-01-10", "2021-01-10");
        debtor = LeavingTestSupport.member(cell, "Phạm Văn Dũng", "2020-01-10", "2021-01-10");
        good = LeavingTestSupport.member(cell, "Hoàng Thị Giang", "2020-01-10", "2021-01-10");
        for (UUID payer : List.of(absentee, lateAbsentee, good)) {
            DuesApiTest.basis(secretary, payer, DuesApiTest.salaried("2025-01", 5_000_000));
            for (String month : List.of("2025-01", "2025-02", "2025-03")) {
                DuesApiTest.post(secretary, MEMBERS + payer + "/dues/payments",
                        DuesApiTest.payment(month, 50_000, "2025-03-30")).statusCode(201);
            }
        }
    }

    private ValidatableResponse warnings(String token) {
        return given().auth().oauth2(token).queryParam("year", 2025).queryParam("asOf", "2025-04-15")
                .when().get(ORGANIZATIONS + grassroots + "/dues/warnings").then();
    }

    private static String item(UUID member, String... months) {
        return "{\"memberId\":\"" + member + "\",\"organizationId\":\"" + UUID.randomUUID() + "\",\"months\":["
                + List.of(months).stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(","))
                + "],\"absentMonths\":" + months.length + "}";
    }

    private static String page(int page, int totalPages, String... items) {
        return "{\"organizationId\":null,\"year\":2025,\"minMonths\":3,\"members\":{\"items\":[" + String.join(",", items)
                + "],\"page\":" + page + ",\"size\":200,\"totalItems\":" + items.length + ",\"totalPages\":" + totalPages
                + "}}";
    }

    @Test
    void aMemberIsListedForUnpaidDuesOrForAbsencesEachWithItsReasons() {
        UUID stranger = UUID.randomUUID(); // absent, but not on this subtree's roll: not listed
        EventsStub.server().stubFor(get(urlPathEqualTo(EventsStub.PATH))
                .withQueryParam("page", WireMock.equalTo("0"))
                .willReturn(okJson(page(0, 2, item(absentee, "2025-01", "2025-02", "2025-03"),
                        item(lateAbsentee, "2025-02", "2025-03", "2025-04")))));
        EventsStub.server().stubFor(get(urlPathEqualTo(EventsStub.PATH))
                .withQueryParam("page", WireMock.equalTo("1"))
                .willReturn(okJson(page(1, 2, item(both, "2025-01", "2025-02", "2025-03"),
                        item(stranger, "2025-01", "2025-02", "2025-03")))));

        // on 2025-04-15 January to March are considered; Vietnamese name order (by given name: An, Cúc, Dũng)
        warnings(secretary).statusCode(200)
                .body("attendanceIncluded", equalTo(true))
                .body("attendanceUnavailable", nullValue())
                .body("threshold", equalTo(3)).body("lastMonthConsidered", equalTo("2025-03"))
                .body("members.items.memberId", contains(absentee.toString(), both.toString(), debtor.toString()))
                .body("members.items[0].reasons", contains("ATTENDANCE"))
                .body("members.items[0].absentMonths", contains("2025-01", "2025-02", "2025-03"))
                .body("members.items[0].unpaidMonths", empty())
                .body("members.items[1].reasons", contains("DUES", "ATTENDANCE"))
                .body("members.items[1].unpaidMonths", contains("2025-01", "2025-02", "2025-03"))
                .body("members.items[2].reasons", contains("DUES"))
                .body("members.items[2].absentMonths", empty())
                .body("members.items.memberId", not(hasItem(lateAbsentee.toString())))
                .body("members.items.memberId", not(hasItem(stranger.toString())))
                .body("members.totalItems", equalTo(3));

        // events was asked for this subtree and year at the policy's threshold, with the caller's own token
        EventsStub.server().verify(2, getRequestedFor(urlPathEqualTo(EventsStub.PATH))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + secretary))
                .withQueryParam("organizationId", WireMock.equalTo(grassroots.toString()))
                .withQueryParam("year", WireMock.equalTo("2025"))
                .withQueryParam("minMonths", WireMock.equalTo("3")));

        // on 2025-05-02 April has ended too: lateAbsentee's third month now counts
        given().auth().oauth2(TestTokens.inspector(grassroots)).queryParam("year", 2025).queryParam("asOf", "2025-05-02")
                .when().get(ORGANIZATIONS + grassroots + "/dues/warnings").then().statusCode(200)
                .body("members.items.find { it.memberId == '" + lateAbsentee + "' }.reasons",
                        contains("ATTENDANCE"))
                .body("members.items.find { it.memberId == '" + lateAbsentee + "' }.absentMonths",
                        contains("2025-02", "2025-03", "2025-04"));
    }

    @Test
    void whenEventsErrsTheListIsTheDuesHalfAndSaysSo() {
        EventsStub.server().stubFor(get(urlPathEqualTo(EventsStub.PATH))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":500}")));
        assertDuesHalfOnly(warnings(secretary), "HTTP 500");

        EventsStub.server().resetAll();
        EventsStub.server().stubFor(get(urlPathEqualTo(EventsStub.PATH))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":403}")));
        assertDuesHalfOnly(warnings(secretary), "HTTP 403");

        EventsStub.server().resetAll();
        EventsStub.server().stubFor(get(urlPathEqualTo(EventsStub.PATH))
                .willReturn(okJson("{\"members\":{\"items\":[{\"memberId\":\"" + absentee
                        + "\",\"months\":[\"March\"]}],\"totalPages\":1}}")));
        assertDuesHalfOnly(warnings(secretary), "unreadable");
    }

    @Test
    void whenEventsIsDownOrSlowTheListStillAnswers() {
        EventsStub.server().stubFor(get(urlPathEqualTo(EventsStub.PATH))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertDuesHalfOnly(warnings(secretary), "unreachable");

        EventsStub.server().resetAll();
        EventsStub.server().stubFor(get(urlPathEqualTo(EventsStub.PATH))
                .willReturn(okJson(page(0, 1, item(absentee, "2025-01", "2025-02", "2025-03"))).withFixedDelay(3000)));
        assertDuesHalfOnly(warnings(secretary), "unreachable");
    }

    private void assertDuesHalfOnly(ValidatableResponse response, String why) {
        response.statusCode(200)
                .body("attendanceIncluded", equalTo(false))
                .body("attendanceUnavailable", containsString(why))
                .body("members.items.memberId", contains(both.toString(), debtor.toString()))
                .body("members.items[0].reasons", contains("DUES"))
                .body("members.items[0].absentMonths", nullValue());
    }
}
