package vn.party.membership.security;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;
import vn.party.testsupport.matrix.OutOfScopeProbes;

/**
 * Every operation of membership's OpenAPI document that takes an organization or member id refuses the secretary
 * and the inspector of grassroots A when given the id of sibling B (or of a member registered in B), issue 11
 * point 4. Both organizations and the member are real, created through the API.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class OutOfScopeProbesTest {

    @Test
    void everyOperationTakingAnIdRefusesASiblingsId() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = organization("OS-K-" + suffix, "BLOC_COMMITTEE", null);
        UUID home = organization("OS-A-" + suffix, "GRASSROOTS_COMMITTEE", bloc);
        UUID sibling = organization("OS-B-" + suffix, "GRASSROOTS_COMMITTEE", bloc);
        OutOfScopeProbes.of("membership-service")
                .excluded("bloc-admin only (every organization is in scope); the organization in the body must be one"
                        + " of the split's successors: 422 otherwise, in OpenRecordsFollowRestructuringTest",
                        "POST /api/membership/restructuring/pending-assignments/{id}/assign")
                .callersIn(home, sibling, member(sibling))
                .excluded("only ids, open to any authenticated caller by design: the other services decide organization"
                        + " scope with it (OrganizationResource#ancestry)",
                        "GET /api/membership/organizations/{id}/ancestry")
                .excluded("the {} body is refused by Bean Validation (400) before the scope check, so the probe cannot"
                        + " reach it; the inspector's probe is refused by role (403)",
                        "POST /api/membership/members/imports",
                        "POST /api/membership/members/{id}/death",
                        "POST /api/membership/members/{id}/dues/bases",
                        "POST /api/membership/members/{id}/dues/payments",
                        "POST /api/membership/members/{id}/exemption",
                        "POST /api/membership/members/{id}/exemption-end",
                        "POST /api/membership/members/{id}/leaving",
                        "POST /api/membership/members/{id}/probation-failures",
                        "POST /api/membership/members/{id}/probation-removal",
                        "POST /api/membership/members/{id}/recognition",
                        "POST /api/membership/members/{id}/removal",
                        "POST /api/membership/members/{id}/status-changes",
                        "PUT /api/membership/members/{id}",
                        "PUT /api/membership/members/{id}/dues/bases/{basisId}",
                        "POST /api/membership/organizations/{id}/dissolve",
                        "POST /api/membership/organizations/{id}/merge",
                        "POST /api/membership/organizations/{id}/move",
                        "POST /api/membership/organizations/{id}/rename",
                        "POST /api/membership/organizations/{id}/split",
                        "POST /api/membership/organizations/{id}/upgrade",
                        "PUT /api/membership/organizations/{id}",
                        "POST /api/membership/organizations/{organizationId}/terms")
                .excluded("the ids are in the JSON body ({} here), which this pass cannot probe",
                        "POST /api/membership/transfers",
                        "POST /api/membership/terms/{termId}/assignments",
                        "POST /api/membership/candidates",
                        "POST /api/membership/members")
                .excluded("the effects receiver: only inspection's client may call it, never a person (EffectApiTest)",
                        "POST /api/membership/effects")
                .verify();
    }

    private static UUID organization(String code, String type, UUID parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "Thăm dò phạm vi " + code, "type", type));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        return UUID.fromString(given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/membership/organizations")
                .then().statusCode(201).extract().path("id"));
    }

    private static UUID member(UUID organization) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("fullName", "Trần Thị Phạm Vi");
        profile.put("gender", "FEMALE");
        profile.put("dateOfBirth", "1985-03-02");
        profile.put("ethnicity", "Kinh");
        profile.put("nationalId", String.format("%012d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L)));
        profile.put("admissionDate", "2010-05-19");
        profile.put("officialDate", "2011-05-19");
        return UUID.fromString(given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("organizationId", organization.toString(), "profile", profile))
                .when().post("/api/membership/members")
                .then().statusCode(201).extract().path("id"));
    }
}
