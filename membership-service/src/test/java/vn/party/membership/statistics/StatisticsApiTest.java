package vn.party.membership.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class StatisticsApiTest {

    private UUID grassroots;
    private UUID cell;
    private UUID otherCell;

    @BeforeEach
    void tree() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = organization("SK-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        grassroots = organization("SG-" + suffix, "Đảng bộ Sở Xây dựng", "GRASSROOTS_COMMITTEE", bloc);
        cell = organization("SC-" + suffix, "Chi bộ Phòng Quy hoạch", "SUBORDINATE_CELL", grassroots);
        otherCell = organization("SO-" + suffix, "Chi bộ Sở Công Thương", "GRASSROOTS_CELL", bloc);
    }

    @Test
    void countsTheSubtreeAsItWasOnTheDate() {
        register(cell, "Nguyễn Văn Bảo", "MALE", "1970-02-01", "Kinh", "Đại học", "1995-03-10", "1996-03-10");
        UUID thao = register(cell, "Lò Thị Thảo", "FEMALE", "1990-07-15", "Thái", "Thạc sĩ", "2015-09-02", "2016-09-02");
        register(grassroots, "Trần Văn Chiến", "MALE", "1985-01-20", "Kinh", "Đại học", "2024-05-19", null);
        register(otherCell, "Phạm Văn Ngoài", "MALE", "1980-01-01", "Kinh", "Đại học", "2005-01-01", "2006-01-01");
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("status", "EXEMPTED", "effectiveOn", "2025-06-01", "reason", "Đi học dài hạn", "version", 0))
                .when().post("/api/membership/members/" + thao + "/status-changes").then().statusCode(200);

        String base = "/api/membership/organizations/" + grassroots + "/statistics";
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(base + "?asOf=2025-12-31")
                .then().statusCode(200)
                .body("activeMembers", equalTo(3))
                .body("byStatus.OFFICIAL", equalTo(1))
                .body("byStatus.EXEMPTED", equalTo(1))
                .body("byStatus.PROBATIONARY", equalTo(1))
                .body("byGender.FEMALE", equalTo(1))
                .body("byEthnicity.'Thái'", equalTo(1))
                .body("byEducation.'Đại học'", equalTo(2))
                .body("byAgeBand.'50-59'", equalTo(1))
                .body("bySeniorityBand.'30 and over'", equalTo(1))
                .body("organizationsByType.SUBORDINATE_CELL", equalTo(1))
                .body("organizationsByType.GRASSROOTS_COMMITTEE", equalTo(1))
                .body("admissions.count", equalTo(0));
        // before the exemption and before the newest admission
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(base + "?asOf=2020-01-01")
                .then().statusCode(200)
                .body("activeMembers", equalTo(2))
                .body("byStatus.OFFICIAL", equalTo(2))
                .body("byStatus.EXEMPTED", nullValue())
                .body("bySeniorityBand.'20-29'", equalTo(1));
        given().auth().oauth2(TestTokens.inspector(grassroots)).when()
                .get(base + "?asOf=2024-12-31&admittedFrom=2024-01-01&admittedTo=2024-12-31")
                .then().statusCode(200).body("admissions.count", equalTo(1));
    }

    @Test
    void anOrganizationFoundedThisYearIsNotInLastYearsCount() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(Map.of("code", "SN-" + suffix, "name", "Chi bộ Trung tâm Dữ liệu",
                "type", "SUBORDINATE_CELL", "parentId", grassroots.toString(), "foundedOn", "2026-03-01"));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/membership/organizations").then().statusCode(201);

        String base = "/api/membership/organizations/" + grassroots + "/statistics";
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(base + "?asOf=2025-12-31")
                .then().statusCode(200).body("organizationsByType.SUBORDINATE_CELL", equalTo(1));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(base + "?asOf=2026-03-01")
                .then().statusCode(200).body("organizationsByType.SUBORDINATE_CELL", equalTo(2));
    }

    @Test
    void outOfScopeIs403AndBadDatesAre400() {
        String base = "/api/membership/organizations/" + grassroots + "/statistics";
        given().auth().oauth2(TestTokens.secretary(otherCell)).when().get(base).then().statusCode(403);
        given().auth().oauth2(TestTokens.member(cell, UUID.randomUUID())).when().get(base).then().statusCode(403);
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(base + "?asOf=31/12/2025")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(base + "?admittedFrom=2025-02-01&admittedTo=2025-01-01")
                .then().statusCode(400).body("errors[0].field", equalTo("admittedTo"));
    }

    private static UUID register(UUID organization, String name, String gender, String born, String ethnicity,
            String education, String admitted, String official) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("fullName", name);
        profile.put("gender", gender);
        profile.put("dateOfBirth", born);
        profile.put("ethnicity", ethnicity);
        profile.put("educationLevel", education);
        profile.put("nationalId", String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 999_999_999_999L)));
        profile.put("admissionDate", admitted);
        if (official != null) {
            profile.put("officialDate", official);
        }
        String id = given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("organizationId", organization.toString(), "profile", profile))
                .when().post("/api/membership/members").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
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
