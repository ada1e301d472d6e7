package vn.party.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import vn.party.contracts.ContractExamples;
import vn.party.contracts.organization.OrganizationFeed;

/** The consumer's side of the organization feed contract: the example parses strictly into what the replica reads. */
class OrganizationFeedContractTest {

    @Test
    void theExampleParsesIntoTheFeedTheReplicaApplies() {
        OrganizationFeed feed = ContractExamples.parse("organization/feed.json", OrganizationFeed.class);
        assertEquals(OrganizationFeed.VERSION, feed.version());
        assertEquals(4712, feed.head());
        assertEquals(2, feed.entries().size());
        OrganizationFeed.Entry merged = feed.entries().get(0);
        assertEquals(4711, merged.position());
        assertEquals(2, merged.periods().size());
        assertEquals(LocalDate.of(2025, 6, 30), merged.periods().get(0).validTo());
        assertNull(merged.periods().get(1).validTo());
        assertEquals("MERGED", merged.periods().get(1).status());
        OrganizationFeed.Succession succession = merged.successions().get(0);
        assertEquals(merged.organizationId(), succession.predecessorId());
        assertEquals(UUID.fromString("00000000-0000-4000-8000-000000000022"), succession.successorId());
        assertEquals("MERGE", succession.kind());
        assertEquals(LocalDate.of(2025, 6, 30), succession.effectiveOn());
        assertEquals(0, feed.entries().get(1).successions().size());
    }

    @Test
    void aRenamedFieldIsRefusedNotDropped() {
        String renamed = ContractExamples.json("organization/feed.json").replace("\"validFrom\"", "\"from\"");
        assertThrows(UnrecognizedPropertyException.class,
                () -> ContractExamples.strictMapper().readValue(renamed, OrganizationFeed.class));
    }
}
