package vn.party.membership.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/** The default configuration (identity-check.provider=none) and who may run or read checks. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class IdentityCheckApiTest {

    private IdentityFixtures.Tree tree;
    private IdentityFixtures.Person person;

    @BeforeEach
    void member() {
        tree = IdentityFixtures.tree();
        person = IdentityFixtures.member(tree.cell(), "Phạm Văn Kiểm", "1979-09-02");
    }

    @Test
    void withoutAProviderTheCheckIsRefusedAs503AndNothingIsRecorded() {
        given().auth().oauth2(TestTokens.blocAdmin()).when().post(person.checks()).then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("type", equalTo("https://party.gov.vn/problems/service-unavailable"))
                .body("detail", containsString("identity verification is not configured"))
                .body("outcome", nullValue());
        given().auth().oauth2(TestTokens.secretary(tree.grassroots())).when().post(person.checks()).then()
                .statusCode(503).body("detail", containsString("not configured"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(person.checks()).then()
                .statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(person.checks() + "/summary").then()
                .statusCode(200)
                .body("memberId", equalTo(person.id().toString()))
                .body("totalChecks", equalTo(0))
                .body("latest", nullValue())
                .body("lastVerifiedAt", nullValue());
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(IdentityFixtures.MEMBERS + person.id() + "/audit")
                .then().statusCode(200).body("action", not(hasItem("IDENTITY_CHECK")));
    }

    @Test
    void onlyBlocAdminAndSecretariesOfTheMembersSubtreeMayRunOrReadChecks() {
        String[] denied = {
                TestTokens.member(tree.cell(), person.id()), // even the member themselves
                TestTokens.inspector(tree.bloc()),
                TestTokens.integration(tree.bloc()),
                TestTokens.secretary(tree.otherGrassroots()),
        };
        for (String token : denied) {
            given().auth().oauth2(token).when().post(person.checks()).then()
                    .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
            given().auth().oauth2(token).when().get(person.checks()).then().statusCode(403);
            given().auth().oauth2(token).when().get(person.checks() + "/summary").then().statusCode(403);
        }
        // a secretary higher up the tree, and of the member's own cell, pass the scope check
        given().auth().oauth2(TestTokens.secretary(tree.bloc())).when().get(person.checks()).then().statusCode(200);
        given().auth().oauth2(TestTokens.secretary(tree.cell())).when().get(person.checks()).then().statusCode(200);
    }

    @Test
    void aTokenIsRequiredAndAnUnknownMemberIs404() {
        given().when().post(person.checks()).then().statusCode(401).contentType("application/problem+json");
        given().when().get(person.checks()).then().statusCode(401);
        UUID nobody = UUID.randomUUID();
        given().auth().oauth2(TestTokens.blocAdmin()).when().post(IdentityFixtures.MEMBERS + nobody + "/identity-checks")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString(nobody.toString()));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(IdentityFixtures.MEMBERS + nobody + "/identity-checks")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(person.checks() + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void pagingIsValidated() {
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("size", 201).when().get(person.checks()).then()
                .statusCode(400).body("errors.field", hasItem("size"));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("page", -1).when().get(person.checks()).then()
                .statusCode(400).body("errors.field", hasItem("page"));
    }

    @Test
    void theApiDocumentsTheAnswersOfACheck() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/membership/members/{id}/identity-checks'.post.responses.keySet()",
                        org.hamcrest.Matchers.hasItems("201", "502", "503"))
                .body("paths.'/api/membership/members/{id}/identity-checks'.get", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/membership/members/{id}/identity-checks/summary'.get",
                        org.hamcrest.Matchers.notNullValue());
    }
}
