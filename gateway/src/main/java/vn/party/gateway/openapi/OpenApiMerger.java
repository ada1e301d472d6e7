package vn.party.gateway.openapi;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Merges the services' OpenAPI documents: paths are disjoint (each service owns its prefix); components are
 * shared when identical (the common {@code Problem}) and renamed {@code Name_service} when two services mean
 * different things by one name, with that service's references rewritten to match.
 */
final class OpenApiMerger {

    private OpenApiMerger() {
    }

    static JsonObject merge(Map<String, JsonObject> documentsByService, List<String> missing) {
        JsonObject paths = new JsonObject();
        JsonObject components = new JsonObject();
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        documentsByService.forEach((service, original) -> {
            JsonObject document = renameClashes(service, original, components);
            document.getJsonObject("paths", new JsonObject()).forEach(path -> paths.put(path.getKey(), path.getValue()));
            document.getJsonObject("components", new JsonObject()).forEach(section -> {
                JsonObject target = components.getJsonObject(section.getKey(), new JsonObject());
                ((JsonObject) section.getValue()).forEach(entry -> target.put(entry.getKey(), entry.getValue()));
                components.put(section.getKey(), target);
            });
            document.getJsonArray("tags", new JsonArray()).forEach(tag ->
                    tags.putIfAbsent(((JsonObject) tag).getString("name"), (JsonObject) tag));
        });
        String description = "Combined from: "
                + (documentsByService.isEmpty() ? "no service" : String.join(", ", documentsByService.keySet()))
                + (missing.isEmpty() ? "" : ". Not available right now: " + String.join(", ", missing));
        JsonObject combined = new JsonObject()
                .put("openapi", first(documentsByService, "openapi").orElse("3.0.3"))
                .put("info", new JsonObject().put("title", "Party building API").put("version", "1.0")
                        .put("description", description))
                .put("paths", paths)
                .put("components", components)
                .put("tags", new JsonArray(List.copyOf(tags.values())));
        first(documentsByService, "security").ifPresent(security -> combined.put("security", security));
        return combined;
    }

    private static Optional<Object> first(Map<String, JsonObject> documents, String field) {
        return documents.values().stream().map(document -> document.getValue(field)).filter(Objects::nonNull).findFirst();
    }

    /** Returns the document with clashing component names (and the references to them) made unique. */
    private static JsonObject renameClashes(String service, JsonObject document, JsonObject merged) {
        Map<String, String> renamed = new HashMap<>();
        JsonObject renamedComponents = new JsonObject();
        document.getJsonObject("components", new JsonObject()).forEach(section -> {
            JsonObject existing = merged.getJsonObject(section.getKey(), new JsonObject());
            JsonObject entries = new JsonObject();
            ((JsonObject) section.getValue()).forEach(entry -> {
                Object other = existing.getValue(entry.getKey());
                String name = entry.getKey();
                if (other != null && !other.equals(entry.getValue())) {
                    name = entry.getKey() + "_" + service;
                    renamed.put(ref(section.getKey(), entry.getKey()), ref(section.getKey(), name));
                }
                entries.put(name, entry.getValue());
            });
            renamedComponents.put(section.getKey(), entries);
        });
        if (renamed.isEmpty()) {
            return document;
        }
        return (JsonObject) rewriteRefs(document.copy().put("components", renamedComponents), renamed);
    }

    private static String ref(String section, String name) {
        return "#/components/" + section + "/" + name;
    }

    private static Object rewriteRefs(Object node, Map<String, String> renamed) {
        if (node instanceof JsonObject object) {
            JsonObject copy = new JsonObject();
            object.forEach(entry -> copy.put(entry.getKey(),
                    "$ref".equals(entry.getKey()) && entry.getValue() instanceof String ref
                            ? renamed.getOrDefault(ref, ref)
                            : rewriteRefs(entry.getValue(), renamed)));
            return copy;
        }
        if (node instanceof JsonArray array) {
            JsonArray copy = new JsonArray();
            array.forEach(item -> copy.add(rewriteRefs(item, renamed)));
            return copy;
        }
        return node;
    }
}
