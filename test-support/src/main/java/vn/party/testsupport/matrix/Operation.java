package vn.party.testsupport.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One operation of an OpenAPI document: its method, path template, parameters and the media types of its body.
 * Read from the JSON document as plain maps (rest-assured's JsonPath), resolving {@code $ref}s to components.
 */
public record Operation(String method, String path, List<Parameter> parameters, List<String> bodyTypes,
        Map<String, Object> multipartSchema) {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    /** Reads first, then writes, deletions last: a write that succeeds changes as little as possible for the rest. */
    private static final List<String> ORDER = List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE");

    /** A parameter in the path, query or header, with its schema (already resolved). */
    public record Parameter(String name, String in, boolean required, Map<String, Object> schema) {
    }

    public String key() {
        return method + " " + path;
    }

    /** Normalizes {@code "get  /api/x"} to {@code "GET /api/x"}; {@code null} when it is not METHOD /path. */
    static String key(String cell) {
        String[] parts = cell.strip().split("\\s+");
        if (parts.length != 2 || !METHODS.contains(parts[0].toUpperCase(Locale.ROOT)) || !parts[1].startsWith("/")) {
            return null;
        }
        return parts[0].toUpperCase(Locale.ROOT) + " " + parts[1];
    }

    /** Every operation of the document, reads first and in path order within a method. */
    @SuppressWarnings("unchecked")
    static List<Operation> all(Map<String, Object> document) {
        Map<String, Object> paths = (Map<String, Object>) document.getOrDefault("paths", Map.of());
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> {
            Map<String, Object> pathItem = (Map<String, Object>) item;
            List<Object> shared = (List<Object>) pathItem.getOrDefault("parameters", List.of());
            pathItem.forEach((name, value) -> {
                String method = name.toUpperCase(Locale.ROOT);
                if (METHODS.contains(method)) {
                    operations.add(of(document, method, path, shared, (Map<String, Object>) value));
                }
            });
        });
        operations.sort(Comparator.comparing((Operation o) -> ORDER.indexOf(o.method())).thenComparing(Operation::path));
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Operation of(Map<String, Object> document, String method, String path, List<Object> shared,
            Map<String, Object> operation) {
        List<Parameter> parameters = new ArrayList<>();
        List<Object> declared = new ArrayList<>(shared);
        declared.addAll((List<Object>) operation.getOrDefault("parameters", List.of()));
        for (Object p : declared) {
            Map<String, Object> parameter = resolve(document, (Map<String, Object>) p);
            Map<String, Object> schema = resolve(document, (Map<String, Object>) parameter.getOrDefault("schema", Map.of()));
            parameters.add(new Parameter((String) parameter.get("name"), (String) parameter.get("in"),
                    Boolean.TRUE.equals(parameter.get("required")) || "path".equals(parameter.get("in")), schema));
        }
        List<String> bodyTypes = new ArrayList<>();
        Map<String, Object> multipart = Map.of();
        Object body = operation.get("requestBody");
        if (body instanceof Map<?, ?> requestBody) {
            Map<String, Object> content = (Map<String, Object>) resolve(document, (Map<String, Object>) requestBody)
                    .getOrDefault("content", Map.of());
            bodyTypes.addAll(content.keySet());
            Object form = content.get("multipart/form-data");
            if (form instanceof Map<?, ?> formType && formType.get("schema") instanceof Map<?, ?> schema) {
                multipart = resolve(document, (Map<String, Object>) schema);
            }
        }
        return new Operation(method, path, List.copyOf(parameters), List.copyOf(bodyTypes), multipart);
    }

    /** Follows {@code $ref: #/components/...} until a definition. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> resolve(Map<String, Object> document, Map<String, Object> node) {
        Map<String, Object> current = node;
        for (int hops = 0; hops < 10 && current.get("$ref") instanceof String ref && ref.startsWith("#/"); hops++) {
            Object target = document;
            for (String segment : ref.substring(2).split("/")) {
                target = target instanceof Map<?, ?> map ? map.get(segment.replace("~1", "/").replace("~0", "~")) : null;
            }
            if (!(target instanceof Map<?, ?>)) {
                break;
            }
            current = (Map<String, Object>) target;
        }
        return current;
    }
}
