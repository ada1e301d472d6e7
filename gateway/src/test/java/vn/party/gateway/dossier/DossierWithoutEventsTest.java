package vn.party.gateway.dossier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.gateway.FakeServices;
import vn.party.testsupport.TestTokens;

/** With {@link FakeServices}: membership and inspection echo what they receive, nothing listens for events. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class DossierWithoutEventsTest {

    @Test
    void aServiceNobodyListensForIsAConnectionFailureInItsSectionsOnly() {
        UUID member = UUID.randomUUID();
        String token = TestTokens.blocAdmin();

        given().auth().oauth2(token).get("/api/members/{id}/dossier", member).then()
                .statusCode(200)
                .body("partial", equalTo(true))
                .body("profile.status", equalTo("OK"))
                .body("profile.data.uri", equalTo("/api/membership/members/" + member))
                .body("profile.data.headers.authorization", contains("Bearer " + token))
                .body("discipline.status", equalTo("OK"))
                .body("discipline.data.service", equalTo("inspection"))
                .body("attendance.status", equalTo("UNAVAILABLE"))
                .body("attendance.reason", equalTo("connection"))
                .body("ratings.reason", equalTo("connection"))
                .body("commendations.reason", equalTo("connection"));
    }
}
