package vn.party.systemtests;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import vn.party.testsupport.TestTokens;

/** Organizations and members created through membership-service's API, as the bloc office would. */
final class Fixtures {

    private final String membershipUrl;

    Fixtures(SystemUnderTest system) {
        this.membershipUrl = system.url("membership");
    }

    UUID organization(String name, String type, UUID parentId) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("code", "ST-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", name);
        body.put("type", type);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        String id = given().baseUri(membershipUrl).auth().oauth2(TestTokens.blocAdmin())
                .contentType(ContentType.JSON).body(body)
                .post("/api/membership/organizations")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** An official member registered directly (an existing member joining the register), admitted in 2010. */
    UUID officialMember(String fullName, UUID organizationId) {
        Map<String, Object> profile = new java.util.HashMap<>();
        profile.put("fullName", fullName);
        profile.put("gender", "MALE");
        profile.put("dateOfBirth", "1980-05-17");
        profile.put("ethnicity", "Kinh");
        profile.put("nationalId", String.format("%012d",
                java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L, 999_999_999_999L)));
        profile.put("admissionDate", "2010-03-02");
        profile.put("officialDate", "2011-03-02");
        String id = given().baseUri(membershipUrl).auth().oauth2(TestTokens.blocAdmin())
                .contentType(ContentType.JSON).body(Map.of("organizationId", organizationId, "profile", profile))
                .post("/api/membership/members")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}
