package vn.party.contracts;

import com.fasterxml.jackson.databind.JsonNode;

/** How contract tests compare JSON: as trees, key order ignored, numbers by value (4711 as int or long is one number). */
public final class JsonTrees {

    private JsonTrees() {
    }

    public static boolean same(JsonNode expected, JsonNode actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        return expected.equals((a, b) -> a.isNumber() && b.isNumber()
                ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1, actual);
    }
}
