package vn.party.gateway.warnings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.party.contracts.ContractExamples;
import vn.party.contracts.warnings.Absences;
import vn.party.contracts.warnings.DuesWarnings;

/**
 * Consumer side of the removal-warning contract: the gateway reads both examples with the mapper it reads upstream
 * answers with, composes them through {@link RemovalWarnings}, and finds no half in an answer that breaks it.
 */
class WarningsContractConsumerTest {

    private static final UUID DEBTOR = UUID.fromString("3c6e0b8a-9c0b-4ef8-bb6d-6bb9bd380a11");
    private static final UUID BOTH = UUID.fromString("5b0a7a7e-1c3e-4b7a-9d6e-2f0c1a9e4d11");
    private static final UUID ABSENT = UUID.fromString("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d");

    @Test
    void theExamplesParseStrictlyAndComposeIntoTheList() {
        DuesWarnings dues = ContractExamples.parse("warnings/dues-warnings.json", DuesWarnings.class);
        Absences absences = ContractExamples.parse("warnings/absences.json", Absences.class);
        // as the service reads them
        assertNotNull(DuesWarningsService.typed(example("warnings/dues-warnings.json"), DuesWarnings.class));
        assertNotNull(DuesWarningsService.typed(example("warnings/absences.json"), Absences.class));

        YearMonth last = RemovalWarnings.lastMonthConsidered(dues.year(), dues.asOf());
        assertEquals(dues.lastMonthConsidered(), last);
        List<RemovalWarnings.Item> found = RemovalWarnings.compose(dues.members().items(), absences.members().items(),
                dues.threshold(), last);

        assertEquals(List.of(DEBTOR, BOTH, ABSENT), found.stream().map(RemovalWarnings.Item::memberId).toList());
        assertEquals(List.of(RemovalWarnings.DUES), found.get(0).reasons());
        assertEquals(List.of(RemovalWarnings.DUES, RemovalWarnings.ATTENDANCE), found.get(1).reasons());
        assertEquals(180_000L, found.get(1).outstanding());
        assertEquals(YearMonth.of(2025, 2), found.get(1).unpaidMonths().get(0));
        // ABSENT's June had not ended on 15 June: January to March count
        assertEquals(List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3)),
                found.get(2).absentMonths());
        assertNull(found.get(2).fullName(), "events does not hold the register");
        assertEquals(LocalDate.of(2025, 6, 15), dues.asOf());
    }

    @Test
    void anAnswerMissingACountOrRenamingAFieldIsNoHalf() {
        ObjectNode dues = example("warnings/dues-warnings.json");
        dues.remove("threshold");
        assertNull(DuesWarningsService.typed(dues, DuesWarnings.class));
        ObjectNode renamed = example("warnings/dues-warnings.json");
        ObjectNode item = (ObjectNode) renamed.get("members").get("items").get(0);
        item.set("unpaid", item.remove("unpaidMonths"));
        assertNull(DuesWarningsService.typed(renamed, DuesWarnings.class));
        ObjectNode absences = example("warnings/absences.json");
        ((ObjectNode) absences.get("members")).putNull("totalPages");
        assertNull(DuesWarningsService.typed(absences, Absences.class));
        assertNull(DuesWarningsService.typed(example("warnings/absences.json"), DuesWarnings.class));

        // parses, but without what the composition reads: as broken (the service reports the half as contract)
        ObjectNode withoutMonths = example("warnings/dues-warnings.json");
        ((ObjectNode) withoutMonths.get("members").get("items").get(0)).remove("unpaidMonths");
        DuesWarnings parsed = DuesWarningsService.typed(withoutMonths, DuesWarnings.class);
        assertFalse(DuesWarningsService.completeDues(parsed.members().items().get(0)));
        assertTrue(DuesWarningsService.completeDues(parsed.members().items().get(1)));
        ObjectNode nullMonth = example("warnings/absences.json");
        ((com.fasterxml.jackson.databind.node.ArrayNode) nullMonth.get("members").get("items").get(0).get("months"))
                .addNull();
        assertFalse(DuesWarningsService.completeAbsences(
                DuesWarningsService.typed(nullMonth, Absences.class).members().items().get(0)));
        ObjectNode withoutMember = example("warnings/absences.json");
        ((ObjectNode) withoutMember.get("members").get("items").get(1)).remove("memberId");
        assertFalse(DuesWarningsService.completeAbsences(
                DuesWarningsService.typed(withoutMember, Absences.class).members().items().get(1)));
    }

    private static ObjectNode example(String path) {
        try {
            JsonNode tree = ContractExamples.strictMapper().readTree(ContractExamples.json(path));
            return (ObjectNode) tree;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
