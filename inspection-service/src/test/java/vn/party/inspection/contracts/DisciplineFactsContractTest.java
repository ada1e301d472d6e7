package vn.party.inspection.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.party.contracts.ContractExamples;
import vn.party.contracts.facts.DisciplineFacts;
import vn.party.contracts.member.MemberStatus;

/** Inspection, the consumer of membership's discipline facts, parses the contract's example strictly. */
class DisciplineFactsContractTest {

    @Test
    void theExampleParsesIntoTheRecordInspectionReads() {
        DisciplineFacts facts = ContractExamples.parse("facts/discipline-facts.json", DisciplineFacts.class);
        assertEquals(DisciplineFacts.VERSION, facts.version());
        assertEquals(UUID.fromString("5b0a7a7e-1c3e-4b7a-9d6e-2f0c1a9e4d11"), facts.memberId());
        assertEquals(UUID.fromString("0e8f3c52-7a41-4d2b-8c1e-6b9a5d3f2a07"), facts.organizationId());
        assertEquals(MemberStatus.OFFICIAL, facts.status());
        assertTrue(facts.holdsPost());
        assertEquals(List.of("SECRETARY"), facts.currentPosts());
    }
}
