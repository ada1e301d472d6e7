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
}
