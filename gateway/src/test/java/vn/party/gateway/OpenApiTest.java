package vn.party.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class OpenApiTest {

    private static final String MEMBERSHIP_THING_SCHEMA =
            "paths.'/api/membership/things'.get.responses.'200'.content.'application/json'.schema.'$ref'";

    @Test
    void combinesTheDocumentsOfTheServicesThatAnswer() {
        given().get("/openapi/all").then()
                .statusCode(200)
                .contentType("application/json")
                .body("paths", hasKey("/api/membership/things"))
                .body("paths", hasKey("/api/inspection/things"))
                .body("paths", hasKey("/api/stalled/things"))
                .body("paths", not(hasKey("/api/events/things")))
                .body("info.description", containsString("Not available right now: events"))
                .body("tags.name", containsInAnyOrder("inspection", "membership", "stalled", "Gateway: composed views"));
    }

    @Test
    void includesTheGatewaysOwnEndpointsWithThePartialDossierDocumented() {
        given().get("/openapi/all").then()
                .statusCode(200)
                .body("paths", hasKey("/api/members/{id}/dossier"))
                .body("paths.'/api/members/{id}/dossier'.get.description", containsString("partial: true"))
                .body("paths.'/api/members/{id}/dossier'.get.responses", hasKey("503"))
                .body("components.schemas", hasKey("MemberDossier"))
                .body("components.schemas.MemberDossier.properties", hasKey("partial"));
    }

    @Test
    void keepsSharedComponentsOnceAndRenamesClashingOnes() {
        // services are merged in name order: inspection keeps "Thing", the later ones get their own names; the
        // gateway's own document comes last (the fake services' "Problem" differs from the real one)
        given().get("/openapi/all").then()
                .statusCode(200)
                .body("components.schemas.keySet()", hasItems("Problem", "Thing", "Thing_membership", "Thing_stalled",
                        "Problem_gateway", "MemberDossier", "DossierSection"))
                .body("components.schemas.keySet()", not(hasItem("Thing_inspection")))
                .body("components.schemas.Thing.description", equalTo("inspection thing"))
                .body("components.schemas.Thing_membership.description", equalTo("membership thing"))
                .body(MEMBERSHIP_THING_SCHEMA, equalTo("#/components/schemas/Thing_membership"));
    }

    @Test
    void swaggerUiShowsTheCombinedDocument() {
        given().get("/q/swagger-ui/").then()
                .statusCode(200)
                .body(containsString("/openapi/all"));
    }
}
