package vn.party.contracts.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.party.contracts.ContractExamples;

/** The examples parse strictly as their records and have their own shape; a renamed field is caught. */
class FigureExamplesTest {

    @Test
    void everyExampleParsesAndHasItsShape() throws Exception {
        for (var example : FigureShapes.EXAMPLES.entrySet()) {
            Object parsed = ContractExamples.parse(example.getValue(), example.getKey());
            JsonNode tree = ContractExamples.strictMapper().readTree(ContractExamples.json(example.getValue()));
            assertEquals(List.of(), FigureShapes.differences(example.getKey(), tree), example.getValue());
            assertEquals(LocalDate.of(2025, 12, 31), parsed.getClass().getMethod("asOf").invoke(parsed));
        }
        assertEquals(1, Figures.VERSION);
    }

    @Test
    void aRenamedOrRetypedFieldIsADifference() throws Exception {
        ObjectNode tree = (ObjectNode) ContractExamples.strictMapper()
                .readTree(ContractExamples.json("figures/inspection.json"));
        tree.set("subtreeSize", tree.remove("organizations"));
        assertFalse(FigureShapes.differences(InspectionFigures.class, tree).isEmpty());
        ObjectNode events = (ObjectNode) ContractExamples.strictMapper()
                .readTree(ContractExamples.json("figures/events.json"));
        ((ObjectNode) events.get("campaigns")).put("contributionsVnd", 15000000);
        assertFalse(FigureShapes.differences(EventsFigures.class, events).isEmpty());
    }
}
