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
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.contracts.ContractExamples;
import vn.party.contracts.ContractShapes;
import vn.party.contracts.committee.Committee;
import vn.party.contracts.facts.SeniorityFacts;
import vn.party.contracts.member.MemberPage;
import vn.party.contracts.member.MemberStatus;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * Producer side of what events-service reads from membership: the purpose-built seniority facts (contract
 * {@link SeniorityFacts}: the example's exact shape, scope like discipline facts, no dossier-read audit entry), the
 * register list ({@link MemberPage}) and the committee on a date ({@link Committee}), whose real answers carry every
 * field of their examples with the example's types.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class MemberContractsProducerTest {

    private static final String API = "/api/membership";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject
    MemberFixture members;

    @Inject
    EntityManager entityManager;

    private final ObjectMapper mapper = ContractExamples.strictMapper();

    private UUID grassroots;
    private UUID cell;
    private UUID otherCell;
    private UUID veteran;
    private UUID probationary;

    @BeforeEach
    void treeAndMembers() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = organization("DBK-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        grassroots = organization("TC-" + suffix, "Đảng bộ Sở Tài chính", "GRASSROOTS_COMMITTEE", bloc);
        cell = organization("TC-VP-" + suffix, "Chi bộ Văn phòng", "SUBORDINATE_CELL", grassroots);
        otherCell = organization("NV-" + suffix, "Chi bộ Sở Nội vụ", "GRASSROOTS_CELL", bloc);
        veteran = members.insert(cell, "Nguyễn Văn Bí", "OFFICIAL", LocalDate.of(2006, 3, 26));
        probationary = members.insert(cell, "Phạm Minh Dự", "PROBATIONARY", null);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE member SET admission_decision_date = DATE '2005-02-20' WHERE id = :id")
                .setParameter("id", veteran).executeUpdate());
    }

    @Test
    void seniorityFactsHaveTheExamplesExactShape() throws Exception {
        String body = given().auth().oauth2(TestTokens.secretary(grassroots))
                .when().get(API + "/members/" + veteran + "/seniority-facts")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        ObjectNode emitted = (ObjectNode) mapper.readTree(body);
        SeniorityFacts facts = mapper.readValue(body, SeniorityFacts.class);
        assertEquals(new SeniorityFacts(SeniorityFacts.VERSION, veteran, cell, "Nguyễn Văn Bí", MemberStatus.OFFICIAL,
                LocalDate.of(2005, 2, 20), LocalDate.of(2005, 3, 26), LocalDate.of(2006, 3, 26)), facts);
        // same field names and types as the example once the values are the example's
        JsonNode example = mapper.readTree(ContractExamples.json("facts/seniority-facts.json"));
        example.fieldNames().forEachRemaining(field -> emitted.set(field, example.get(field)));
        assertEquals(example, emitted);

        given().auth().oauth2(TestTokens.integration(cell))
                .when().get(API + "/members/" + probationary + "/seniority-facts")
                .then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("PROBATIONARY"))
                .body("admissionDecisionDate", org.hamcrest.Matchers.nullValue())
                .body("officialDate", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void seniorityFactsAreNotADossierReadButRefusalsStay403And404() {
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(API + "/members/" + veteran + "/seniority-facts")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.inspector(cell)).when().get(API + "/members/" + veteran + "/seniority-facts")
                .then().statusCode(200);
        assertEquals(List.of(), members.auditActions("member", veteran), "no dossier-read (READ) entry");

        given().auth().oauth2(TestTokens.secretary(otherCell))
                .when().get(API + "/members/" + veteran + "/seniority-facts")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.integration(otherCell))
                .when().get(API + "/members/" + veteran + "/seniority-facts").then().statusCode(403);
        given().auth().oauth2(TestTokens.member(cell, veteran))
                .when().get(API + "/members/" + veteran + "/seniority-facts").then().statusCode(403);
        given().auth().oauth2(TestTokens.eventsService())
                .when().get(API + "/members/" + veteran + "/seniority-facts").then().statusCode(403);
        given().auth().oauth2(TestTokens.blocAdmin())
                .when().get(API + "/members/" + UUID.randomUUID() + "/seniority-facts")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get(API + "/members/" + veteran + "/seniority-facts").then().statusCode(401);
        assertEquals(List.of(), members.auditActions("member", veteran), "refusals leave no entry either");
    }

    @Test
    void theRegisterListCarriesTheMemberPageContract() throws Exception {
        String body = given().auth().oauth2(TestTokens.secretary(grassroots))
                .queryParam("organizationId", grassroots)
                .queryParam("status", "PROBATIONARY", "OFFICIAL", "EXEMPTED", "SUSPENDED")
                .queryParam("sort", "ADMISSION_DATE").queryParam("page", 0).queryParam("size", 200)
                .when().get(API + "/members")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        JsonNode answer = mapper.readTree(body);
        // the probationary member has no official date: the example's shape is checked on the official one
        ObjectNode official = (ObjectNode) answer.deepCopy();
        official.withArray("items").removeAll();
        answer.get("items").forEach(item -> {
            if (item.get("id").asText().equals(veteran.toString())) {
                official.withArray("items").add(item);
            }
        });
        assertEquals(List.of(), ContractShapes.missingFrom("member/page.json", official));
        MemberPage page = ContractExamples.strictMapper().copy()
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(body, MemberPage.class);
        assertEquals(2, page.totalItems());
        assertEquals(List.of(veteran, probationary).stream().sorted().toList(),
                page.items().stream().map(m -> m.id()).sorted().toList());
        var read = page.items().stream().filter(m -> m.id().equals(veteran)).findFirst().orElseThrow();
        assertEquals(cell, read.organizationId());
        assertEquals(LocalDate.of(2005, 3, 26), read.admissionDate());
        assertEquals(MemberStatus.OFFICIAL, read.status());
    }

    @Test
    void theCommitteeCarriesTheCommitteeContract() throws Exception {
        UUID term = term(grassroots, LocalDate.of(2020, 10, 15), TODAY.plusYears(3));
        appoint(term, veteran, "SECRETARY", LocalDate.of(2020, 10, 15));
        LocalDate asOf = LocalDate.of(2021, 6, 30);
        String body = given().auth().oauth2(TestTokens.secretary(grassroots)).queryParam("asOf", asOf.toString())
                .when().get(API + "/organizations/" + grassroots + "/committee")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        assertEquals(List.of(), ContractShapes.missingFrom("committee/committee.json", mapper.readTree(body)));
        Committee committee = mapper.copy()
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(body, Committee.class);
        assertEquals(grassroots, committee.organizationId());
        assertEquals(asOf, committee.asOf());
        assertEquals(1, committee.partyCommittee().size());
        assertEquals(veteran, committee.partyCommittee().get(0).memberId());
        assertEquals("SECRETARY", committee.partyCommittee().get(0).position());
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
