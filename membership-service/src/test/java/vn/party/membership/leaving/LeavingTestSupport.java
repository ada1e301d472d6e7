package vn.party.membership.leaving;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;

import vn.party.testsupport.TestTokens;

/** Builds organizations and members through the API, as a bloc admin. */
public final class LeavingTestSupport {

    private LeavingTestSupport() {
    }

    public static UUID organization(String code, String name, String type, UUID parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        return UUID.fromString(given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/membership/organizations").then().statusCode(201).extract().path("id"));
    }

    /** A member of {@code organization}; official when {@code officialDate} is given. */
    public static UUID member(UUID organization, String name, String admissionDate, String officialDate) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("fullName", name);
        profile.put("gender", "FEMALE");
        profile.put("dateOfBirth", "1980-01-01");
        profile.put("ethnicity", "Kinh");
        profile.put("nationalId", String.format("%012d",
                ThreadLocalRandom.current().nextLong(1_000_000_000L, 999_999_999_999L)));
        profile.put("admissionDate", admissionDate);
        if (officialDate != null) {
            profile.put("officialDate", officialDate);
        }
        Map<String, Object> body = Map.of("organizationId", organization.toString(), "profile", profile);
        return UUID.fromString(given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/membership/members").then().statusCode(201).extract().path("id"));
    }
}
