package vn.party.gateway.dossier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import vn.party.gateway.StubbedServices;
import vn.party.gateway.StubbedServicesProfile;
import vn.party.testsupport.TestTokens;
import vn.party.testsupport.clock.AtNoonAndNewYearMorning;
import vn.party.testsupport.clock.PinnedClock;

/** Dossier parts for events give up after 700 ms in this profile; the others after 2 s. */
@QuarkusTest
@TestProfile(StubbedServicesProfile.class)
class DossierTest {

    private static final UUID ORGANIZATION = UUID.randomUUID();

    /**
     * Attendance defaults to this year in Vietnam, read from the one clock: 2026 at noon on 31 December, 2027 at
     * 23:30 UTC on 31 December (06:30 on 1 January in Vietnam).
     */
    @AtNoonAndNewYearMorning
    void allPartsUpGiveEverySectionAsTheServicesAnsweredWithTheCallersToken(Instant at) {
        int thisYear = at.equals(PinnedClock.NEW_YEAR_MORNING_IN_VIETNAM) ? 2027 : 2026;
        UUID member = UUID.randomUUID();
        String token = TestTokens.secretary(ORGANIZATION);
        stubAllParts(member, okJson("{\"id\":\"" + member + "\",\"fullName\":\"Nguyễn Văn An\"}"));

        Response response = given().auth().oauth2(token).header("X-Request-Id", "dossier-req-1")
                .get("/api/members/{id}/dossier", member);

        response.then().statusCode(200)
                .contentType("application/json")
                .body("memberId", org.hamcrest.Matchers.equalTo(member.toString()))
                .body("year", org.hamcrest.Matchers.equalTo(thisYear))
                .body("partial", org.hamcrest.Matchers.equalTo(false))
                .body("profile.status", org.hamcrest.Matchers.equalTo("OK"))
                .body("profile.data.fullName", org.hamcrest.Matchers.equalTo("Nguyễn Văn An"))
                .body("statusHistory.data", hasSize(1))
                .body("statusHistory.data[0].status", org.hamcrest.Matchers.equalTo("OFFICIAL"))
                .body("discipline.data.items[0].form", org.hamcrest.Matchers.equalTo("REPRIMAND"))
                .body("inspections.data.totalItems", org.hamcrest.Matchers.equalTo(2))
                .body("attendance.data.attendanceRatePercent", org.hamcrest.Matchers.equalTo(91.7f))
                .body("ratings.data.items[0].grade", org.hamcrest.Matchers.equalTo("GOOD"))
                .body("commendations.data.items[0].form", org.hamcrest.Matchers.equalTo("GIAY_KHEN"))
                .body("commendations.reason", nullValue());

        for (Part part : parts(member)) {
            part.server().verify(getRequestedFor(urlPathEqualTo(part.path()))
                    .withHeader("Authorization", equalTo("Bearer " + token))
                    .withHeader("X-Request-Id", equalTo("dossier-req-1")));
        }
        StubbedServices.events().verify(getRequestedFor(urlPathEqualTo("/api/events/members/" + member + "/attendance"))
                .withQueryParam("year", equalTo(String.valueOf(thisYear))));
        StubbedServices.inspection().verify(getRequestedFor(urlPathEqualTo("/api/inspection/discipline/cases"))
                .withQueryParam("memberId", equalTo(member.toString())));
        StubbedServices.inspection().verify(getRequestedFor(urlPathEqualTo("/api/inspection/inspections"))
                .withQueryParam("targetMemberId", equalTo(member.toString())));
        StubbedServices.events().verify(getRequestedFor(urlPathEqualTo("/api/events/ratings"))
                .withQueryParam("memberId", equalTo(member.toString())));
        StubbedServices.events().verify(getRequestedFor(urlPathEqualTo("/api/events/commendations"))
                .withQueryParam("memberId", equalTo(member.toString())));
    }

    @Test
    void theYearChosenIsTheAttendanceYear() {
        UUID member = UUID.randomUUID();
        stubAllParts(member, okJson("{\"id\":\"" + member + "\"}"));

        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("year", 2021)
                .get("/api/members/{id}/dossier", member).then()
                .statusCode(200)
                .body("year", org.hamcrest.Matchers.equalTo(2021));

        StubbedServices.events().verify(getRequestedFor(urlPathEqualTo("/api/events/members/" + member + "/attendance"))
                .withQueryParam("year", equalTo("2021")));
    }

    @Test
    void slowEventsMakeAPartialDossierWithinTheTimeoutNotAnError() {
        UUID member = UUID.randomUUID();
        String token = TestTokens.blocAdmin();
        // events answers, but only after 3 s: longer than the 700 ms its parts may take
        stubAllParts(member, okJson("{\"id\":\"" + member + "\"}"), 3000);

        long started = System.nanoTime();
        Response response = given().auth().oauth2(token).get("/api/members/{id}/dossier", member);
        long millis = (System.nanoTime() - started) / 1_000_000;

        response.then().statusCode(200)
                .body("partial", org.hamcrest.Matchers.equalTo(true))
                .body("profile.status", org.hamcrest.Matchers.equalTo("OK"))
                .body("statusHistory.status", org.hamcrest.Matchers.equalTo("OK"))
                .body("discipline.status", org.hamcrest.Matchers.equalTo("OK"))
                .body("inspections.status", org.hamcrest.Matchers.equalTo("OK"))
                .body("attendance.status", org.hamcrest.Matchers.equalTo("UNAVAILABLE"))
                .body("attendance.reason", org.hamcrest.Matchers.equalTo("timeout"))
                .body("attendance.data", nullValue())
                .body("ratings.status", org.hamcrest.Matchers.equalTo("UNAVAILABLE"))
                .body("ratings.reason", org.hamcrest.Matchers.equalTo("timeout"))
                .body("commendations.status", org.hamcrest.Matchers.equalTo("UNAVAILABLE"))
                .body("commendations.reason", org.hamcrest.Matchers.equalTo("timeout"));
        assertTrue(millis >= 650, "the dossier waited for the events parts' timeout, took only " + millis + " ms");
        // the three events parts waited side by side: asked one after another, each request would reach events only
        // after the previous one's 700 ms timeout, so the first and the last would be at least 1.4 s apart
        List<Long> asked = StubbedServices.events().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().contains(member.toString()))
                .map(e -> e.getRequest().getLoggedDate().getTime()).sorted().toList();
        assertEquals(3, asked.size(), "attendance, ratings and commendations were each asked once");
        assertTrue(asked.get(2) - asked.get(0) < 1400, "the events parts were asked one after another: " + asked);
        given().get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString(
                "gateway_upstream_calls_total{outcome=\"UNAVAILABLE\",reason=\"timeout\",service=\"events\"}"));
    }

    @Test
    void aFailingPartIsMarkedWithTheServicesStatus() {
        UUID member = UUID.randomUUID();
        stubAllParts(member, okJson("{\"id\":\"" + member + "\"}"));
        StubbedServices.inspection().stubFor(get(urlPathEqualTo("/api/inspection/discipline/cases"))
                .withQueryParam("memberId", equalTo(member.toString()))
                .willReturn(aResponse().withStatus(500).withBody("{\"status\":500}")));
        StubbedServices.inspection().stubFor(get(urlPathEqualTo("/api/inspection/inspections"))
                .withQueryParam("targetMemberId", equalTo(member.toString()))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":403}")));

        given().auth().oauth2(TestTokens.blocAdmin()).get("/api/members/{id}/dossier", member).then()
                .statusCode(200)
                .body("partial", org.hamcrest.Matchers.equalTo(true))
                .body("discipline.status", org.hamcrest.Matchers.equalTo("UNAVAILABLE"))
                .body("discipline.reason", org.hamcrest.Matchers.equalTo("upstream 5xx"))
                .body("discipline.httpStatus", org.hamcrest.Matchers.equalTo(500))
                .body("inspections.status", org.hamcrest.Matchers.equalTo("FORBIDDEN"))
                .body("inspections.httpStatus", org.hamcrest.Matchers.equalTo(403))
                .body("profile.status", org.hamcrest.Matchers.equalTo("OK"))
                .body("attendance.status", org.hamcrest.Matchers.equalTo("OK"));
    }

    @Test
    void memberReadingAnotherMembersDossierIs403AsMembershipDecides() {
        UUID memberA = UUID.randomUUID();
        UUID memberB = UUID.randomUUID();
        String tokenA = TestTokens.member(ORGANIZATION, memberA);
        stubAllParts(memberB, okJson("{\"id\":\"" + memberB + "\"}"));
        // membership refuses member A the record of member B
        StubbedServices.membership().stubFor(get(urlPathEqualTo("/api/membership/members/" + memberB))
                .withHeader("Authorization", equalTo("Bearer " + tokenA))
                .atPriority(1)
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":403,\"title\":\"Access denied\"}")));

        given().auth().oauth2(tokenA).get("/api/members/{id}/dossier", memberB).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(403))
                .body("type", endsWith("/forbidden"))
                .body("instance", org.hamcrest.Matchers.equalTo("/api/members/" + memberB + "/dossier"))
                // nothing of B's other parts leaks into the refusal
                .body("attendance", nullValue());
    }

    @Test
    void unknownMemberIs404() {
        UUID member = UUID.randomUUID();
        stubAllParts(member, okJson("{}"));
        StubbedServices.membership().stubFor(get(urlPathEqualTo("/api/membership/members/" + member)).atPriority(1)
                .willReturn(aResponse().withStatus(404).withBody("{\"status\":404}")));

        given().auth().oauth2(TestTokens.blocAdmin()).get("/api/members/{id}/dossier", member).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
    }

    @Test
    void membershipDownLeavesNoAuthorizationDecisionSo503() {
        UUID member = UUID.randomUUID();
        stubAllParts(member, okJson("{}"));
        StubbedServices.membership().stubFor(get(urlPathEqualTo("/api/membership/members/" + member)).atPriority(1)
                .willReturn(aResponse().withStatus(503)));

        given().auth().oauth2(TestTokens.blocAdmin()).get("/api/members/{id}/dossier", member).then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", endsWith("/service-unavailable"))
                .body("detail", org.hamcrest.Matchers.containsString("membership"));
    }

    @Test
    void withoutATokenNoServiceIsAsked() {
        UUID member = UUID.randomUUID();
        given().get("/api/members/{id}/dossier", member).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");

        assertEquals(0, StubbedServices.membership().findAll(getRequestedFor(
                urlPathEqualTo("/api/membership/members/" + member))).size());
    }

    @Test
    void badYearIs400NamingTheField() {
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("year", 1800)
                .get("/api/members/{id}/dossier", UUID.randomUUID()).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("year"));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("year", "twenty")
                .get("/api/members/{id}/dossier", UUID.randomUUID()).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("year"));
    }

    private record Part(WireMockServer server, String path, String body) {
    }

    private static List<Part> parts(UUID member) {
        return List.of(
                new Part(StubbedServices.membership(), "/api/membership/members/" + member, null),
                new Part(StubbedServices.membership(), "/api/membership/members/" + member + "/status-changes",
                        "[{\"status\":\"OFFICIAL\",\"effectiveOn\":\"2019-03-02\"}]"),
                new Part(StubbedServices.inspection(), "/api/inspection/discipline/cases",
                        "{\"items\":[{\"form\":\"REPRIMAND\"}],\"totalItems\":1}"),
                new Part(StubbedServices.inspection(), "/api/inspection/inspections",
                        "{\"items\":[{},{}],\"totalItems\":2}"),
                new Part(StubbedServices.events(), "/api/events/members/" + member + "/attendance",
                        "{\"invited\":12,\"present\":11,\"attendanceRatePercent\":91.7}"),
                new Part(StubbedServices.events(), "/api/events/ratings",
                        "{\"items\":[{\"year\":2025,\"grade\":\"GOOD\"}]}"),
                new Part(StubbedServices.events(), "/api/events/commendations",
                        "{\"items\":[{\"form\":\"GIAY_KHEN\"}]}"));
    }

    /** Every part answers for this member; the profile with {@code profile}. */
    private static void stubAllParts(UUID member, ResponseDefinitionBuilder profile) {
        stubAllParts(member, profile, 0);
    }

    /** As above, with events answering only after {@code eventsDelayMillis}. */
    private static void stubAllParts(UUID member, ResponseDefinitionBuilder profile, int eventsDelayMillis) {
        for (Part part : parts(member)) {
            MappingBuilder stub = get(urlPathEqualTo(part.path())).withHeader("Authorization", matching("Bearer .+"));
            if (!part.path().contains(member.toString())) {
                stub = stub.withQueryParam(part.path().endsWith("/inspections") ? "targetMemberId" : "memberId",
                        equalTo(member.toString()));
            }
            ResponseDefinitionBuilder answer = part.body() == null ? profile : okJson(part.body());
            if (part.server() == StubbedServices.events() && eventsDelayMillis > 0) {
                answer = answer.withFixedDelay(eventsDelayMillis);
            }
            part.server().stubFor(stub.willReturn(answer));
        }
    }
}
