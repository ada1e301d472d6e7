package vn.party.events.commendation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.contracts.ContractExamples;
import vn.party.contracts.facts.SeniorityFacts;
import vn.party.contracts.member.MemberPage;
import vn.party.events.commendation.membership.MembershipDirectoryClient;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * Consumer side of the register page ({@code contracts/member/page.json}) and seniority facts
 * ({@code contracts/facts/seniority-facts.json}) contracts: membership answers the examples (their ids replaced by this
 * test's, nothing else changed) and the badge list and a badge decision read them as the contracts say: seniority
 * counts from the facts' admission decision date, the name and organization come from them, and no dossier is read.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipDirectory.class)
class MembershipContractsConsumerTest {

    private static final String BASE = "/api/events/commendations";
    private static final String EXAMPLE_ORGANIZATION = "0e8f3c52-7a41-4d2b-8c1e-6b9a5d3f2a07";
    private static final String EXAMPLE_MEMBER = "5b0a7a7e-1c3e-4b7a-9d6e-2f0c1a9e4d11";

    /** The mapper this service's REST clients read with (quarkus.jackson.*: unknown properties fail). */
    @Inject
    ObjectMapper mapper;

    private final UUID bloc = UUID.randomUUID();
    private final UUID cell = UUID.randomUUID();
    private final UUID member = UUID.randomUUID();

    @BeforeEach
    void treeAndRegister() {
        FakeMembershipTree.place(bloc, null, "Đảng bộ Khối", "BLOC_COMMITTEE");
        FakeMembershipTree.place(cell, bloc, "Chi bộ Văn phòng", "GRASSROOTS_CELL");
        FakeMembershipDirectory.server.stubFor(get(urlPathEqualTo("/api/membership/members"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withQueryParam("organizationId", equalTo(cell.toString())).withQueryParam("page", equalTo("0"))
                .willReturn(json(example("member/page.json"))));
        FakeMembershipDirectory.server.stubFor(get(urlPathEqualTo(FakeMembershipDirectory.factsPath(member)))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(json(example("facts/seniority-facts.json"))));
    }

    @Test
    void theBadgeListAndABadgeDecisionReadTheExamplesAsTheContractsSay() {
        long dossierReads = FakeMembershipDirectory.dossierReads();
        // admission decision 1995-04-20 (the facts), ceremony 1995-05-19 (the register page): 30 years on 2025-04-20
        given().auth().oauth2(TestTokens.secretary(cell)).queryParam("organizationId", cell)
                .queryParam("presentationDate", "2026-09-02")
                .when().get(BASE + "/badge-eligibility").then().statusCode(200)
                .body("members.memberId", contains(member.toString()))
                .body("members.fullName", contains("Nguyễn Văn Bí"))
                .body("members.organizationId", contains(cell.toString()))
                .body("members.status", contains("OFFICIAL"))
                .body("members.seniorityCountedFrom", contains("1995-04-20"))
                .body("members.fromDecisionDate", contains(true))
                .body("members.milestone", contains(30));

        Map<String, Object> decision = new HashMap<>(Map.of("form", "HUY_HIEU_DANG", "issuingLevel", "PROVINCIAL",
                "issuingOrganizationName", "BTV Tỉnh ủy", "decisionNumber", "12-QĐ/TU", "decisionDate", "2025-09-02",
                "reason", "30 năm tuổi Đảng", "badgeMilestone", 30,
                "recipients", List.of(Map.of("memberId", member.toString()))));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(decision)
                .when().post(BASE).then().statusCode(201)
                .body("[0].recipientName", org.hamcrest.Matchers.equalTo("Nguyễn Văn Bí"))
                .body("[0].organizationId", org.hamcrest.Matchers.equalTo(cell.toString()))
                .body("[0].badgeMilestone", org.hamcrest.Matchers.equalTo(30));
        assertEquals(dossierReads, FakeMembershipDirectory.dossierReads(), "the dossier is never read");
    }

    /** The client returns the contracts' records, read with this service's mapper. */
    @Test
    void theClientAnswersTheContractsRecords() throws Exception {
        assertEquals(SeniorityFacts.class, MembershipDirectoryClient.class.getMethod("seniorityFacts", UUID.class)
                .getReturnType());
        assertEquals(MemberPage.class, MembershipDirectoryClient.class.getMethod("members", UUID.class, List.class,
                String.class, int.class, int.class).getReturnType());
        assertEquals(ContractExamples.parse("facts/seniority-facts.json", SeniorityFacts.class),
                mapper.readValue(ContractExamples.json("facts/seniority-facts.json"), SeniorityFacts.class));
        assertEquals(ContractExamples.parse("member/page.json", MemberPage.class),
                mapper.readValue(ContractExamples.json("member/page.json"), MemberPage.class));
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> mapper.readValue(
                ContractExamples.json("facts/seniority-facts.json").replace("\"fullName\"", "\"name\""),
                SeniorityFacts.class));
    }

    private String example(String path) {
        return ContractExamples.json(path).replace(EXAMPLE_ORGANIZATION, cell.toString())
                .replace(EXAMPLE_MEMBER, member.toString());
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
