package vn.party.membership.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/** provider=local answers from its configured citizens, field by field; an unknown CCCD is not found. */
@QuarkusTest
@TestProfile(LocalProviderProfile.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class LocalIdentityCheckApiTest {

    private IdentityFixtures.Tree tree;

    @BeforeEach
    void tree() {
        tree = IdentityFixtures.tree();
    }

    @Test
    void aConfiguredCitizenWithTheSameNameAndBirthDateIsVerified() {
        IdentityFixtures.Person person = IdentityFixtures.member(tree.cell(), LocalProviderProfile.KNOWN,
                "Trần Thị Đối Chiếu", "1985-07-14");
        given().auth().oauth2(TestTokens.secretary(tree.cell())).when().post(person.checks()).then()
                .statusCode(201)
                .body("provider", equalTo("local"))
                .body("outcome", equalTo("VERIFIED"))
                .body("mismatchedFields", empty())
                .body("attempts", equalTo(1));
    }

    @Test
    void aDifferentBirthDateIsAMismatchNamingIt() {
        IdentityFixtures.Person person = IdentityFixtures.member(tree.cell(), LocalProviderProfile.OTHER,
                "Lê Văn Khớp", "1990-01-03");
        given().auth().oauth2(TestTokens.blocAdmin()).when().post(person.checks()).then()
                .statusCode(201)
                .body("outcome", equalTo("MISMATCH"))
                .body("mismatchedFields", contains("dateOfBirth"));
    }

    @Test
    void aCccdThatIsNotConfiguredIsNotFoundNeverVerified() {
        IdentityFixtures.Person person = IdentityFixtures.member(tree.cell(), "Trần Thị Đối Chiếu", "1985-07-14");
        given().auth().oauth2(TestTokens.blocAdmin()).when().post(person.checks()).then()
                .statusCode(201)
                .body("outcome", equalTo("NOT_FOUND"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(person.checks() + "/summary").then()
                .statusCode(200).body("totalChecks", equalTo(1)).body("latest.outcome", equalTo("NOT_FOUND"));
    }
}
