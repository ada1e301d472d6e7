package vn.party.events.rating;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.party.events.rating.RatingTestSupport.approve;
import static vn.party.events.rating.RatingTestSupport.createOrganization;
import static vn.party.events.rating.RatingTestSupport.propose;
import static vn.party.events.rating.RatingTestSupport.yearPeriod;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.contracts.ContractExamples;
import vn.party.contracts.committee.Committee;
import vn.party.contracts.discipline.DisciplineDecisionPage;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * Consumer side of the discipline-decisions ({@code contracts/discipline/decisions.json}) and committee
 * ({@code contracts/committee/committee.json}) contracts: inspection and membership answer the examples (their ids
 * replaced by this test's, nothing else changed), and the EXCELLENT approval of an organization reads them as the
 * contracts say: the member decision in force counts when its member sat on the committee on the decision's date, the
 * annulled organization decision does not. This service's mapper reads the examples as the contracts' records, and
 * refuses a decision with a field outside its contract (the committee is a projection: extra fields are membership's).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(InspectionStub.class)
class DisciplineContractsConsumerTest {

    private static final String EXAMPLE_ORGANIZATION = "0e8f3c52-7a41-4d2b-8c1e-6b9a5d3f2a07";
    private static final String EXAMPLE_DISCIPLINED = "5b0a7a7e-1c3e-4b7a-9d6e-2f0c1a9e4d11";
    private static final String EXAMPLE_OTHER_POST_HOLDER = "7c2d9e41-3b5a-4f6c-8d1e-0a9b8c7d6e52";

    /** The mapper this service's REST clients read with (quarkus.jackson.*: unknown properties fail). */
    @Inject
    ObjectMapper mapper;

    private final UUID bloc = UUID.randomUUID();
    private final UUID grassroots = UUID.randomUUID();
    private final UUID disciplined = UUID.randomUUID();
    private String period;

    @BeforeEach
    void tree() {
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(grassroots, bloc);
        // the example's decisions are of 2025 (decision and effective date 2025-05-10)
        period = yearPeriod(2025);
    }

    @Test
    void aDecisionInForceAgainstACommitteeMemberBlocksExcellentAndTheAnnulledOneDoesNot() {
        decisionsAnswer(example("discipline/decisions.json"));
        committeeAnswers(example("committee/committee.json"));
        String admin = TestTokens.blocAdmin();
        String rating = createOrganization(admin, period, grassroots, 201).extract().path("id");
        int version = propose(admin, rating, 0, "EXCELLENT", 95, 200).extract().path("version");
        approve(admin, rating, version, "EXCELLENT", 95, "2025-12-20", 422)
                .body("errors[0].field", equalTo("rating.disciplined-not-excellent"))
                .body("detail", containsString("12-QĐ/UBKT")).body("detail", containsString("REPRIMAND"));

        // the disciplined member off the committee that day: only the annulled decision against the organization is left
        committeeAnswers(example("committee/committee.json").replace(disciplined.toString(), UUID.randomUUID().toString()));
        approve(admin, rating, version, "EXCELLENT", 95, "2025-12-20", 200).body("approval.level", equalTo("EXCELLENT"));
    }

    /** The clients return the contracts' records, read with this service's mapper (unknown fields refused). */
    @Test
    void theClientsAnswerTheContractsRecords() throws Exception {
        assertEquals(DisciplineDecisionPage.class, InspectionDisciplineClient.class.getMethod("decisions", UUID.class,
                int.class, UUID.class, int.class, int.class).getReturnType());
        assertEquals(Committee.class, MembershipCommitteeClient.class.getMethod("committee", UUID.class, String.class)
                .getReturnType());
        DisciplineDecisionPage page = ContractExamples.parse("discipline/decisions.json", DisciplineDecisionPage.class);
        assertEquals(page, mapper.readValue(ContractExamples.json("discipline/decisions.json"),
                DisciplineDecisionPage.class));
        assertThrows(Exception.class, () -> mapper.readValue(ContractExamples.json("discipline/decisions.json")
                .replace("\"decisionNumber\"", "\"severity\": 2, \"decisionNumber\""), DisciplineDecisionPage.class));
        assertEquals(ContractExamples.parse("committee/committee.json", Committee.class),
                mapper.readValue(ContractExamples.json("committee/committee.json"), Committee.class));
    }

    /** The example with its ids replaced by this test's. */
    private String example(String path) {
        return ContractExamples.json(path).replace(EXAMPLE_ORGANIZATION, grassroots.toString())
                .replace(EXAMPLE_DISCIPLINED, disciplined.toString())
                .replace(EXAMPLE_OTHER_POST_HOLDER, UUID.randomUUID().toString());
    }

    private void decisionsAnswer(String body) {
        InspectionStub.server().stubFor(get(urlPathEqualTo(InspectionStub.PATH))
                .withQueryParam("organizationId", WireMock.equalTo(grassroots.toString()))
                .withQueryParam("memberId", absent()).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    private void committeeAnswers(String body) {
        InspectionStub.server().stubFor(get(urlPathEqualTo("/api/membership/organizations/" + grassroots + "/committee"))
                .withQueryParam("asOf", WireMock.equalTo("2025-05-10")).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }
}
