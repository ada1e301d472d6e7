package vn.party.events.commendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.contracts.ContractExamples;
import vn.party.contracts.memberevents.MemberEventPage;
import vn.party.contracts.memberevents.MemberEventType;
import vn.party.events.commendation.membership.MembershipEventsClient;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;

/**
 * Consumer side of the member-events contract: the example page, answered by membership's feed, is read by this
 * service's client into {@link MemberEventPage} as the contract reads it, and a field the contract does not have is
 * refused rather than ignored.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipDirectory.class)
class MemberEventsContractTest {

    @Inject
    @RestClient
    MembershipEventsClient feed;

    @AfterEach
    void emptyFeed() {
        FakeMembershipDirectory.feed(200, "{\"items\":[],\"next\":0,\"hasMore\":false}");
    }

    @Test
    void theExamplePageIsReadAsTheContractReadsIt() {
        FakeMembershipDirectory.feed(200, ContractExamples.json("memberevents/page.json"));
        MemberEventPage page = feed.after(0, 100);
        assertEquals(ContractExamples.parse("memberevents/page.json", MemberEventPage.class), page);
        assertTrue(page.items().get(0).isMemberEvent(MemberEventType.EXPELLED), "the expulsion the poller acts on");
        assertTrue(page.items().get(1).memberEvent().isEmpty(), "an organization's change is no member event");
    }

    @Test
    void aFieldOutsideTheContractIsRefused() {
        FakeMembershipDirectory.feed(200, ContractExamples.json("memberevents/page.json")
                .replace("\"hasMore\"", "\"more\": true, \"hasMore\""));
        assertThrows(RuntimeException.class, () -> feed.after(0, 100));
    }
}
