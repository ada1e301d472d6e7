package vn.party.contracts.figures;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import vn.party.contracts.ContractExamples;

/**
 * The producers' check: an answer has its example's shape. It parses as the gateway parses it
 * ({@link ContractExamples#consumerMapper()}: no unknown or renamed field, no missing or null count), has every field of the example with the same JSON type (a percentage may be null: nothing to divide),
 * and its breakdown maps hold numbers (their keys are the producer's enum names, any subset).
 */
public final class FigureShapes {

    /** Examples by record: {@code contracts/figures/<name>.json}. */
    public static final Map<Class<?>, String> EXAMPLES = Map.of(
            MembershipFigures.class, "figures/membership.json",
            InspectionFigures.class, "figures/inspection.json",
            EventsFigures.class, "figures/events.json",
            CommendationFigures.class, "figures/commendations.json");

    private FigureShapes() {
    }

    /** What differs between the answer and the example of {@code type} (empty: same shape). */
    public static List<String> differences(Class<?> type, JsonNode answer) {
        List<String> differences = new ArrayList<>();
        try {
            ContractExamples.consumerMapper().treeToValue(answer, type);
        } catch (JsonProcessingException e) {
            differences.add("does not parse as " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
        try {
            compare("$", ContractExamples.strictMapper().readTree(ContractExamples.json(EXAMPLES.get(type))), answer,
                    differences);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return differences;
    }

    private static void compare(String path, JsonNode example, JsonNode answer, List<String> differences) {
        if (answer == null || answer.isMissingNode()) {
            differences.add(path + " missing");
            return;
        }
        if (answer.isNull() && path.endsWith("Percent")) {
            return;
        }
        if (example.getNodeType() != answer.getNodeType()) {
            differences.add(path + " is " + answer.getNodeType() + ", example " + example.getNodeType());
            return;
        }
        if (example.isObject()) {
            String field = path.substring(path.lastIndexOf('.') + 1);
            if (!path.endsWith("]") && (field.startsWith("by") || field.equals("organizationsByType"))) {
                answer.fields().forEachRemaining(entry -> {
                    if (!entry.getValue().isNumber()) {
                        differences.add(path + "." + entry.getKey() + " is not a number");
                    }
                });
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = example.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> entry = fields.next();
                compare(path + "." + entry.getKey(), entry.getValue(), answer.get(entry.getKey()), differences);
            }
        } else if (example.isArray() && example.size() > 0) {
            for (int i = 0; i < answer.size(); i++) {
                compare(path + "[" + i + "]", example.get(0), answer.get(i), differences);
            }
        }
    }
}
