package vn.party.contracts.warnings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.party.contracts.ContractExamples;

/** The removal-warning examples parse as the gateway reads them; a missing count or an unknown label is refused. */
class WarningExamplesTest {

    private final ObjectMapper mapper = ContractExamples.consumerMapper();

    @Test
    void theExamplesParseWithEveryCount() throws Exception {
        DuesWarnings dues = mapper.readValue(ContractExamples.json("warnings/dues-warnings.json"), DuesWarnings.class);
        assertEquals(3, dues.threshold());
        assertEquals(YearMonth.of(2025, 5), dues.lastMonthConsidered());
        assertEquals(List.of(WarningReason.DUES), dues.members().items().get(1).reasons());
        assertEquals(180_000, dues.members().items().get(1).outstanding());
        assertEquals(1, dues.members().totalPages());
        Absences absences = mapper.readValue(ContractExamples.json("warnings/absences.json"), Absences.class);
        assertEquals(3, absences.minMonths());
        assertEquals(absences.members().items().get(0).months().size(), absences.members().items().get(0).absentMonths());
        assertEquals(1, Warnings.VERSION);
    }

    @Test
    void aMissingOrNullCountOrAnUnknownReasonIsABrokenContract() throws Exception {
        ObjectNode dues = tree("warnings/dues-warnings.json");
        ((ObjectNode) dues.get("members")).remove("totalPages");
        assertThrows(Exception.class, () -> mapper.treeToValue(dues, DuesWarnings.class));

        ObjectNode nullOutstanding = tree("warnings/dues-warnings.json");
        ((ObjectNode) nullOutstanding.get("members").get("items").get(0)).putNull("outstanding");
        assertThrows(Exception.class, () -> mapper.treeToValue(nullOutstanding, DuesWarnings.class));

        ObjectNode reason = tree("warnings/dues-warnings.json");
        ((ObjectNode) reason.get("members").get("items").get(0)).putArray("reasons").add("LATE");
        assertThrows(Exception.class, () -> mapper.treeToValue(reason, DuesWarnings.class));

        ObjectNode absences = tree("warnings/absences.json");
        ((ObjectNode) absences.get("members").get("items").get(0)).put("months", "2025-01");
        assertThrows(Exception.class, () -> mapper.treeToValue(absences, Absences.class));

        // a text the half only informs with may be left out
        ObjectNode withoutNote = tree("warnings/dues-warnings.json");
        withoutNote.remove("note");
        assertNull(mapper.treeToValue(withoutNote, DuesWarnings.class).note());
    }

    private ObjectNode tree(String example) throws Exception {
        JsonNode tree = mapper.readTree(ContractExamples.json(example));
        return (ObjectNode) tree;
    }
}
