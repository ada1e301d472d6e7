package vn.party.membership.time;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.common.time.PartyClock;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;
import vn.party.testsupport.clock.AtNoonAndNewYearMorning;
import vn.party.testsupport.clock.PinnedClock;

/**
 * "Today" is the calendar day in Vietnam at any hour (issue 19 point 4): each test runs with the clock pinned at noon
 * in Vietnam on 31 December and at 23:30 UTC on 31 December, when it is already 06:30 on 1 January in Vietnam and
 * the server's zone (UTC) still says 31 December.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class VietnamTodayTest {

    private static final String MEMBERS = "/api/membership/members";

    record Dated(@PastOrPresent LocalDate on) {
    }

    @Inject
    Validator validator;

    @Inject
    PartyClock clock;

    @AtNoonAndNewYearMorning
    void todayInVietnamIsAcceptedByPastOrPresentAndTomorrowRefused(Instant at) {
        LocalDate today = expectedToday(at);
        assertEquals(today, clock.today());

        assertTrue(validator.validate(new Dated(today)).isEmpty(), today + " is today in Vietnam at " + at);
        assertEquals(1, validator.validate(new Dated(today.plusDays(1))).size(), "the day after " + today + " is future");
    }

    @AtNoonAndNewYearMorning
    void aStatusChangeEffectiveTodayInVietnamIsAcceptedAndTomorrowIsRefused(Instant at) {
        LocalDate today = expectedToday(at);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        UUID cell = organization("C-" + suffix, "Chi bộ Văn phòng", "GRASSROOTS_CELL", bloc);
        UUID member = register(cell);

        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("status", "EXEMPTED", "effectiveOn", today.plusDays(1).toString(), "reason",
                        "Tuổi cao, sức yếu", "version", 0))
                .when().post(MEMBERS + "/" + member + "/status-changes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("effectiveOn"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("status", "EXEMPTED", "effectiveOn", today.toString(), "reason", "Tuổi cao, sức yếu",
                        "version", 0))
                .when().post(MEMBERS + "/" + member + "/status-changes")
                .then().statusCode(200).body("status", equalTo("EXEMPTED"));
    }

    /** Written out rather than computed like the code under test. */
    private static LocalDate expectedToday(Instant at) {
        if (at.equals(PinnedClock.NEW_YEAR_MORNING_IN_VIETNAM)) {
            return LocalDate.of(2027, 1, 1);
        }
        assertEquals(PinnedClock.NOON_IN_VIETNAM, at);
        return LocalDate.of(2026, 12, 31);
    }

    private static UUID register(UUID organization) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("fullName", "Lê Văn Tết");
        profile.put("gender", "MALE");
        profile.put("dateOfBirth", "1960-04-12");
        profile.put("ethnicity", "Kinh");
        profile.put("nationalId", String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 999_999_999_999L)));
        profile.put("admissionDecisionDate", "1990-05-01");
        profile.put("admissionDate", "1990-05-19");
        profile.put("officialDate", "1991-05-19");
        return UUID.fromString(given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("organizationId", organization.toString(), "profile", profile))
                .when().post(MEMBERS).then().statusCode(201).extract().path("id"));
    }

    private static UUID organization(String code, String name, String type, UUID parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        return UUID.fromString(given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/membership/organizations").then().statusCode(201).extract().path("id"));
    }
}
