package vn.party.contracts;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The producers' check for a contract that is a projection of a richer answer (committee, register list): every field
 * of the example is in the answer with the same JSON type (objects and the first element of arrays compared field by
 * field, every element of the answer against it); fields the contract does not have are the producer's own. A null
 * in the example admits any value; a null in the answer where the example has a value is a difference.
 */
public final class ContractShapes {

    private ContractShapes() {
    }

    /** What the answer lacks of the example {@code contracts/<examplePath>} (empty: it carries the contract). */
    public static List<String> missingFrom(String examplePath, JsonNode answer) {
        try {
            List<String> differences = new ArrayList<>();
            compare("$", ContractExamples.strictMapper().readTree(ContractExamples.json(examplePath)), answer,
                    differences);
            return differences;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Contract example " + examplePath + " is not JSON", e);
        }
    }

    private static void compare(String path, JsonNode example, JsonNode answer, List<String> differences) {
        if (answer == null || answer.isMissingNode()) {
            differences.add(path + " missing");
            return;
        }
        if (example.isNull()) {
            return;
        }
        if (example.getNodeType() != answer.getNodeType()) {
            differences.add(path + " is " + answer.getNodeType() + ", example " + example.getNodeType());
            return;
        }
        if (example.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = example.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                compare(path + "." + field.getKey(), field.getValue(), answer.get(field.getKey()), differences);
            }
        } else if (example.isArray() && example.size() > 0) {
            for (int i = 0; i < answer.size(); i++) {
                compare(path + "[" + i + "]", example.get(0), answer.get(i), differences);
            }
        }
    }
}
