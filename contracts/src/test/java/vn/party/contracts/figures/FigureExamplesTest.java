package vn.party.contracts.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.party.contracts.ContractExamples;
import vn.party.contracts.effects.DisciplineForm;

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

    /** The examples' breakdown keys and kinds are constants of the contract's enums. */
    @Test
    void theExamplesKeysAreTheContractsEnumConstants() {
        MembershipFigures membership = ContractExamples.parse("figures/membership.json", MembershipFigures.class);
        membership.organizationsByType().keySet().forEach(OrganizationType::valueOf);
        InspectionFigures inspection = ContractExamples.parse("figures/inspection.json", InspectionFigures.class);
        assertEquals(List.of(InspectionKind.values()), inspection.inspections().byKind().stream()
                .map(kind -> InspectionKind.valueOf(kind.kind())).toList());
        inspection.discipline().members().byForm().keySet().forEach(DisciplineForm::valueOf);
        EventsFigures events = ContractExamples.parse("figures/events.json", EventsFigures.class);
        assertEquals(names(MeetingKind.values()), List.copyOf(events.meetings().byKind().keySet()));
        EventsFigures.LevelCounts members = events.ratings().members();
        assertEquals(members.rated(), java.util.Arrays.stream(RatingLevel.values()).mapToLong(l -> l.of(members)).sum());
        assertEquals(2, RatingLevel.EXCELLENT.of(members));
        CommendationFigures commendations = ContractExamples.parse("figures/commendations.json",
                CommendationFigures.class);
        assertEquals(names(CommendationForm.values()), List.copyOf(commendations.byForm().keySet()));
    }

    private static List<String> names(Enum<?>[] constants) {
        return java.util.Arrays.stream(constants).map(Enum::name).toList();
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

    @Test
    void aMissingOrNullCountDoesNotParseAsTheGatewayReadsIt() throws Exception {
        ObjectNode membership = (ObjectNode) ContractExamples.strictMapper()
                .readTree(ContractExamples.json("figures/membership.json"));
        ((ObjectNode) membership.get("admissions")).remove("count");
        assertTrue(FigureShapes.differences(MembershipFigures.class, membership).stream()
                .anyMatch(difference -> difference.startsWith("does not parse")));
        ObjectNode commendations = (ObjectNode) ContractExamples.strictMapper()
                .readTree(ContractExamples.json("figures/commendations.json"));
        commendations.putNull("badgesRevoked");
        assertTrue(FigureShapes.differences(CommendationFigures.class, commendations).stream()
                .anyMatch(difference -> difference.startsWith("does not parse")));
        // the lenient strict mapper would have made them 0
        assertEquals(0, ContractExamples.strictMapper().treeToValue(commendations, CommendationFigures.class)
                .badgesRevoked());
    }
}
