package vn.party.membership.organization;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

import vn.party.testsupport.TestTokens;

/** Builds organizations through the API, with codes unique per test. */
final class OrganizationFixtures {

    static final String BASE = "/api/membership/organizations";

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    /** A word unique to this fixture, usable in names for searches that must not see other tests' data. */
    String tag() {
        return "t" + suffix.replaceAll("[0-9]", "x");
    }

    UUID create(String code, String name, String type, UUID parent, String foundedOn) {
        return create(TestTokens.blocAdmin(), code, name, type, parent, foundedOn);
    }

    UUID create(String token, String code, String name, String type, UUID parent, String foundedOn) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code + "-" + suffix, "name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        if (foundedOn != null) {
            body.put("foundedOn", foundedOn);
        }
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(BASE)
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    static int version(UUID id) {
        return given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + id)
                .then().statusCode(200).extract().path("version");
    }

    String code(String code) {
        return code + "-" + suffix;
    }
}
