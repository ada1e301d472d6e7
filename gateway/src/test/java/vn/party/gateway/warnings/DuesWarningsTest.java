package vn.party.gateway.warnings;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import vn.party.gateway.StubbedServices;
import vn.party.gateway.StubbedServicesProfile;
import vn.party.testsupport.TestTokens;

/** The removal-warning list composed from membership's dues half and events' absences (both stubbed). */
@QuarkusTest
@TestProfile(StubbedServicesProfile.class)
class DuesWarningsTest {

    private static final String PATH = "/api/reports/dues-warnings";
    private static final UUID DEBTOR = UUID.randomUUID();
    private static final UUID BOTH = UUID.randomUUID();
    private static final UUID ABSENT = UUID.randomUUID();

    @Test
    void bothHalvesAreJoinedWithTheCallersTokenAndEachItemSaysWhy() {
        UUID organization = UUID.randomUUID();
        String token = TestTokens.secretary(organization);
        stubDues(organization, 3);
        stubAbsences(organization, "3", okJson(absences(organization)));

        given().auth().oauth2(token).queryParam("organizationId", organization.toString())
                .queryParam("year", 2025).queryParam("asOf", "2025-06-15")
                .when().get(PATH).then().statusCode(200)
                .body("partial", org.hamcrest.Matchers.equalTo(false))
                .body("dues.status", org.hamcrest.Matchers.equalTo("OK"))
                .body("attendance.status", org.hamcrest.Matchers.equalTo("OK"))
                .body("threshold", org.hamcrest.Matchers.equalTo(3))
                .body("lastMonthConsidered", org.hamcrest.Matchers.equalTo("2025-05"))
                .body("members.totalItems", org.hamcrest.Matchers.equalTo(3))
                .body("members.items.memberId", contains(DEBTOR.toString(), BOTH.toString(), ABSENT.toString()))
                .body("members.items[0].reasons", contains("DUES"))
                .body("members.items[1].reasons", contains("DUES", "ATTENDANCE"))
                .body("members.items[2].reasons", contains("ATTENDANCE"))
                .body("members.items[2].fullName", nullValue())
                // June has not ended on asOf: ABSENT's June absence does not count
                .body("members.items[2].absentMonths", contains("2025-01", "2025-02", "2025-05"));

        StubbedServices.membership().verify(getRequestedFor(
                urlPathEqualTo("/api/membership/organizations/" + organization + "/dues/warnings"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withQueryParam("year", equalTo("2025")).withQueryParam("asOf", equalTo("2025-06-15")));
        StubbedServices.events().verify(getRequestedFor(urlPathEqualTo("/api/events/attendance/absences"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withQueryParam("organizationId", equalTo(organization.toString())));
    }

    @Test
    void eventsDownOrRefusingLeavesTheDuesHalfMarkedPartialNever500() {
        UUID organization = UUID.randomUUID();
        stubDues(organization, 3);
        stubAbsences(organization, "3", aResponse().withStatus(503));
        given().auth().oauth2(TestTokens.inspector(organization)).queryParam("organizationId", organization.toString())
                .queryParam("year", 2025).queryParam("asOf", "2025-06-15")
                .when().get(PATH).then().statusCode(200)
                .body("partial", org.hamcrest.Matchers.equalTo(true))
                .body("attendance.status", org.hamcrest.Matchers.equalTo("UNAVAILABLE"))
                .body("attendance.reason", org.hamcrest.Matchers.equalTo("upstream 5xx"))
                .body("members.items.memberId", contains(DEBTOR.toString(), BOTH.toString()))
                .body("members.items[1].reasons", contains("DUES"))
                .body("members.items[1].absentMonths", nullValue());

        UUID refusing = UUID.randomUUID();
        stubDues(refusing, 3);
        stubAbsences(refusing, "3", aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":403}"));
        given().auth().oauth2(TestTokens.inspector(refusing)).queryParam("organizationId", refusing.toString())
                .queryParam("year", 2025).queryParam("asOf", "2025-06-15")
                .when().get(PATH).then().statusCode(200)
                .body("partial", org.hamcrest.Matchers.equalTo(true))
                .body("attendance.status", org.hamcrest.Matchers.equalTo("FORBIDDEN"));
    }

    @Test
    void membershipDecidesWhoMayReadTheListAndItsAbsenceLeavesTheAttendanceHalf() {
        UUID forbidden = UUID.randomUUID();
        StubbedServices.membership().stubFor(get(urlPathEqualTo(
                "/api/membership/organizations/" + forbidden + "/dues/warnings"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":403}")));
        stubAbsences(forbidden, "3", okJson(absences(forbidden)));
        given().auth().oauth2(TestTokens.secretary(UUID.randomUUID())).queryParam("organizationId", forbidden.toString())
                .when().get(PATH).then().statusCode(403).contentType("application/problem+json");

        UUID down = UUID.randomUUID();
        StubbedServices.membership().stubFor(get(urlPathEqualTo(
                "/api/membership/organizations/" + down + "/dues/warnings")).willReturn(aResponse().withStatus(500)));
        stubAbsences(down, "3", okJson(absences(down)));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", down.toString())
                .queryParam("year", 2025).queryParam("asOf", "2025-06-15")
                .when().get(PATH).then().statusCode(200)
                .body("partial", org.hamcrest.Matchers.equalTo(true))
                .body("dues.status", org.hamcrest.Matchers.equalTo("UNAVAILABLE"))
                .body("threshold", org.hamcrest.Matchers.equalTo(3))
                // events' order (most absent months first), dues unknown rather than zero
                .body("members.items.memberId", contains(ABSENT.toString(), BOTH.toString()))
                .body("members.items[1].unpaidMonths", nullValue());
    }

    @Test
    void aHalfWhoseAnswerBreaksItsContractIsUnavailableForThatReasonNeitherEmptyNor500() {
        UUID organization = UUID.randomUUID();
        // membership renamed a field and left out the threshold: its half is no half
        StubbedServices.membership().stubFor(get(urlPathEqualTo(
                "/api/membership/organizations/" + organization + "/dues/warnings"))
                .willReturn(okJson("{\"organizationId\":\"" + organization + "\",\"year\":2025,\"asOf\":\"2025-06-15\","
                        + "\"half\":\"DUES\",\"members\":{\"items\":[{\"memberId\":\"" + DEBTOR + "\","
                        + "\"unpaid\":[\"2025-01\",\"2025-02\",\"2025-03\"]}],\"page\":0,\"size\":200,"
                        + "\"totalItems\":1,\"totalPages\":1}}")));
        stubAbsences(organization, "3", okJson(absences(organization)));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", organization.toString())
                .queryParam("year", 2025).queryParam("asOf", "2025-06-15")
                .when().get(PATH).then().statusCode(200)
                .body("partial", org.hamcrest.Matchers.equalTo(true))
                .body("dues.status", org.hamcrest.Matchers.equalTo("UNAVAILABLE"))
                .body("dues.reason", org.hamcrest.Matchers.equalTo("contract"))
                .body("attendance.status", org.hamcrest.Matchers.equalTo("OK"))
                .body("threshold", org.hamcrest.Matchers.equalTo(3))
                .body("members.items.memberId", contains(ABSENT.toString(), BOTH.toString()))
                .body("members.items[0].unpaidMonths", nullValue());

        // events' page without its count of pages, months as one text: the attendance half is no half
        UUID other = UUID.randomUUID();
        stubDues(other, 3);
        stubAbsences(other, "3", okJson("{\"organizationId\":\"" + other + "\",\"year\":2025,\"minMonths\":3,"
                + "\"members\":{\"items\":[{\"memberId\":\"" + ABSENT + "\",\"organizationId\":\"" + other
                + "\",\"months\":\"2025-01,2025-02,2025-03\",\"absentMonths\":3}],\"page\":0,\"size\":200,"
                + "\"totalItems\":1}}"));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", other.toString())
                .queryParam("year", 2025).queryParam("asOf", "2025-06-15")
                .when().get(PATH).then().statusCode(200)
                .body("partial", org.hamcrest.Matchers.equalTo(true))
                .body("dues.status", org.hamcrest.Matchers.equalTo("OK"))
                .body("attendance.status", org.hamcrest.Matchers.equalTo("UNAVAILABLE"))
                .body("attendance.reason", org.hamcrest.Matchers.equalTo("contract"))
                .body("members.items.memberId", contains(DEBTOR.toString(), BOTH.toString()))
                .body("members.items[1].reasons", contains("DUES"))
                .body("members.items[1].absentMonths", nullValue());
    }

    @Test
    void aLowerPolicyThresholdAsksEventsAgain() {
        UUID organization = UUID.randomUUID();
        stubDues(organization, 2);
        stubAbsences(organization, "3", okJson(absences(organization)));
        stubAbsences(organization, "2", okJson(absences(organization)));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", organization.toString())
                .queryParam("year", 2025).queryParam("asOf", "2025-06-15")
                .when().get(PATH).then().statusCode(200).body("threshold", org.hamcrest.Matchers.equalTo(2));
        StubbedServices.events().verify(getRequestedFor(urlPathEqualTo("/api/events/attendance/absences"))
                .withQueryParam("organizationId", equalTo(organization.toString()))
                .withQueryParam("minMonths", equalTo("2")));
    }

    @Test
    void badParametersAre400NamingTheField() {
        String token = TestTokens.blocAdmin();
        given().auth().oauth2(token).when().get(PATH).then().statusCode(400).body("errors.field", hasItem("organizationId"));
        given().auth().oauth2(token).queryParam("organizationId", UUID.randomUUID().toString()).queryParam("asOf", "June")
                .when().get(PATH).then().statusCode(400).body("errors.field", hasItem("asOf"));
        given().auth().oauth2(token).queryParam("organizationId", UUID.randomUUID().toString())
                .queryParam("year", 2026).queryParam("asOf", "2025-06-15")
                .when().get(PATH).then().statusCode(400).body("errors.field", hasItem("year"));
        given().queryParam("organizationId", UUID.randomUUID().toString()).when().get(PATH).then().statusCode(401);
    }

    private static void stubDues(UUID organization, int threshold) {
        String item = "{\"memberId\":\"%s\",\"fullName\":\"%s\",\"organizationId\":\"" + organization + "\","
                + "\"reasons\":[\"DUES\"],\"unpaidMonths\":[\"2025-01\",\"2025-02\",\"2025-03\"],"
                + "\"monthsWithoutBasis\":[],\"outstanding\":90000}";
        StubbedServices.membership().stubFor(get(urlPathEqualTo(
                "/api/membership/organizations/" + organization + "/dues/warnings"))
                .willReturn(okJson("{\"organizationId\":\"" + organization + "\",\"year\":2025,\"asOf\":\"2025-06-15\","
                        + "\"lastMonthConsidered\":\"2025-05\",\"threshold\":" + threshold + ",\"half\":\"DUES\","
                        + "\"members\":{\"items\":[" + item.formatted(DEBTOR, "Bùi Thị Nợ") + ","
                        + item.formatted(BOTH, "Dương Văn Chưa") + "],\"page\":0,\"size\":200,\"totalItems\":2,"
                        + "\"totalPages\":1}}")));
    }

    private static void stubAbsences(UUID organization, String minMonths,
            com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        StubbedServices.events().stubFor(get(urlPathEqualTo("/api/events/attendance/absences"))
                .withQueryParam("organizationId", equalTo(organization.toString()))
                .withQueryParam("minMonths", equalTo(minMonths))
                .willReturn(answer));
    }

    private static String absences(UUID organization) {
        return "{\"organizationId\":\"" + organization + "\",\"year\":2025,\"minMonths\":3,\"members\":{\"items\":["
                + "{\"memberId\":\"" + ABSENT + "\",\"organizationId\":\"" + organization + "\",\"months\":"
                + "[\"2025-01\",\"2025-02\",\"2025-05\",\"2025-06\"],\"absentMonths\":4},"
                + "{\"memberId\":\"" + BOTH + "\",\"organizationId\":\"" + organization + "\",\"months\":"
                + "[\"2025-02\",\"2025-03\",\"2025-04\"],\"absentMonths\":3}],"
                + "\"page\":0,\"size\":200,\"totalItems\":2,\"totalPages\":1}}";
    }
}
