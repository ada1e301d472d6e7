package vn.party.membership.identity;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;

import vn.party.testsupport.TestTokens;

/** Organizations and members made through the API as a bloc admin, with the identity data the checks send. */
final class IdentityFixtures {

    static final String MEMBERS = "/api/membership/members/";

    /** A registered member and the data stored for them. */
    record Person(UUID id, String nationalId, String fullName, String dateOfBirth) {

        String checks() {
            return MEMBERS + id + "/identity-checks";
        }
    }

    /** bloc → grassroots → cell, and another grassroots organization beside it. */
    record Tree(UUID bloc, UUID grassroots, UUID cell, UUID otherGrassroots) {
    }

    private IdentityFixtures() {
    }

    static Tree tree() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = organization("IK-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        UUID grassroots = organization("IG-" + suffix, "Đảng bộ Sở Tài chính", "GRASSROOTS_COMMITTEE", bloc);
        UUID cell = organization("IC-" + suffix, "Chi bộ Phòng Ngân sách", "SUBORDINATE_CELL", grassroots);
        UUID other = organization("IO-" + suffix, "Đảng bộ Sở Y tế", "GRASSROOTS_COMMITTEE", bloc);
        return new Tree(bloc, grassroots, cell, other);
    }

    static UUID organization(String code, String name, String type, UUID parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        return UUID.fromString(given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/membership/organizations").then().statusCode(201).extract().path("id"));
    }

    static String randomNationalId() {
        return String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 999_999_999_999L));
    }

    static Person member(UUID organization, String fullName, String dateOfBirth) {
        return member(organization, randomNationalId(), fullName, dateOfBirth);
    }

    static Person member(UUID organization, String nationalId, String fullName, String dateOfBirth) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("fullName", fullName);
        profile.put("gender", "MALE");
        profile.put("dateOfBirth", dateOfBirth);
        profile.put("ethnicity", "Kinh");
        profile.put("nationalId", nationalId);
        profile.put("admissionDate", "2010-05-19");
        profile.put("officialDate", "2011-05-19");
        Map<String, Object> body = Map.of("organizationId", organization.toString(), "profile", profile);
        io.restassured.path.json.JsonPath created = given().auth().oauth2(TestTokens.blocAdmin())
                .contentType(ContentType.JSON).body(body).when().post("/api/membership/members")
                .then().statusCode(201).extract().jsonPath();
        return new Person(UUID.fromString(created.getString("id")), nationalId, created.getString("fullName"),
                dateOfBirth);
    }
}
