package vn.party.membership.committee;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.contracts.ContractExamples;
import vn.party.contracts.facts.DisciplineFacts;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * The purpose-built member facts discipline reads (contract {@link DisciplineFacts}): membership emits the example's
 * shape, answers only within scope, and — not being the dossier — leaves no dossier-read audit entry.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DisciplineFactsApiTest {

    private static final String API = "/api/membership";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject
    MemberFixture members;

    private UUID grassroots;
    private UUID cell;
    private UUID otherCell;
    private UUID secretary;
    private UUID probationary;

    @BeforeEach
    void treeAndMembers() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = organization("DBK-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        grassroots = organization("TC-" + suffix, "Đảng bộ Sở Tài chính", "GRASSROOTS_COMMITTEE", bloc);
        cell = organization("TC-VP-" + suffix, "Chi bộ Văn phòng", "SUBORDINATE_CELL", grassroots);
        otherCell = organization("NV-" + suffix, "Chi bộ Sở Nội vụ", "GRASSROOTS_CELL", bloc);
        secretary = members.insert(cell, "Nguyễn Văn Bí", "OFFICIAL", LocalDate.of(2010, 1, 1));
        probationary = members.insert(cell, "Phạm Minh Dự", "PROBATIONARY", null);
    }

    @Test
    void emitsTheContractExampleShapeWithThePostsHeldToday() throws Exception {
        UUID term = term(grassroots, LocalDate.of(2020, 10, 15), TODAY.plusYears(3));
        appoint(term, secretary, "SECRETARY", LocalDate.of(2020, 10, 15));

        String body = given().auth().oauth2(TestTokens.inspector(grassroots))
                .when().get(API + "/members/" + secretary + "/discipline-facts")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        ObjectMapper mapper = ContractExamples.strictMapper();
        ObjectNode emitted = (ObjectNode) mapper.readTree(body);
        assertEquals(secretary.toString(), emitted.get("memberId").asText());
        assertEquals(cell.toString(), emitted.get("organizationId").asText());
        // same field names, types and values as the example once the ids are the example's
        JsonNode example = mapper.readTree(ContractExamples.json("facts/discipline-facts.json"));
        emitted.put("memberId", example.get("memberId").asText());
        emitted.put("organizationId", example.get("organizationId").asText());
        assertEquals(example, emitted);
        assertEquals(DisciplineFacts.VERSION, mapper.readValue(body, DisciplineFacts.class).version());

        given().auth().oauth2(TestTokens.secretary(cell))
                .when().get(API + "/members/" + probationary + "/discipline-facts")
                .then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("PROBATIONARY"))
                .body("probationary", org.hamcrest.Matchers.equalTo(true))
                .body("holdsPost", org.hamcrest.Matchers.equalTo(false))
                .body("currentPosts", org.hamcrest.Matchers.empty());
    }

    @Test
    void isNotADossierReadButRefusalsStay403And404() {
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(API + "/members/" + secretary + "/discipline-facts")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.inspector(cell)).when().get(API + "/members/" + secretary + "/discipline-facts")
                .then().statusCode(200);
        assertEquals(List.of(), members.auditActions("member", secretary), "no dossier-read (READ) entry");

        given().auth().oauth2(TestTokens.inspector(otherCell))
                .when().get(API + "/members/" + secretary + "/discipline-facts")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.integration(grassroots))
                .when().get(API + "/members/" + secretary + "/discipline-facts").then().statusCode(403);
        given().auth().oauth2(TestTokens.member(cell, secretary))
                .when().get(API + "/members/" + secretary + "/discipline-facts").then().statusCode(403);
        given().auth().oauth2(TestTokens.blocAdmin())
                .when().get(API + "/members/" + UUID.randomUUID() + "/discipline-facts")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get(API + "/members/" + secretary + "/discipline-facts").then().statusCode(401);

        // the dossier itself still is audited
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(API + "/members/" + secretary).then().statusCode(200);
        assertEquals(List.of("READ"), members.auditActions("member", secretary));
    }

    private static UUID organization(String code, String name, String type, UUID parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        String id = given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post(API + "/organizations")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static UUID term(UUID organization, LocalDate startsOn, LocalDate endsOn) {
        String id = given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("label", "2020–2025", "startsOn", startsOn.toString(), "endsOn", endsOn.toString(),
                        "congressDate", startsOn.toString(), "congressOrdinal", 3))
                .when().post(API + "/organizations/" + organization + "/terms")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static void appoint(UUID term, UUID member, String position, LocalDate from) {
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("memberId", member.toString(), "body", "PARTY_COMMITTEE", "position", position,
                        "fromDate", from.toString(), "decisionRef", "12-QĐ/ĐUK"))
                .when().post(API + "/terms/" + term + "/assignments")
                .then().statusCode(201);
    }
}
