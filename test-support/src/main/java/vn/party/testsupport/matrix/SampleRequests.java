package vn.party.testsupport.matrix;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.restassured.specification.RequestSpecification;

/**
 * Fills an operation's request from its schema only: path and required query/header parameters get a value of the
 * right shape (a fixed UUID, today's date, this year, the first enum constant...), a JSON body is {@code {}}, a
 * multipart body has a one-line CSV in each file part. Values given by parameter name win (e.g. the callers' own
 * organization for {@code organizationId}), so that a caller in scope shows what its role alone allows.
 */
final class SampleRequests {

    /** Exists nowhere: an operation on "some" object answers 404 (or 403 when scope is checked first). */
    static final String UNKNOWN_ID = "7c0e2a35-5b1d-4c8e-9f3a-000000000011";

    /** A value for parameter {@code name} of the operations whose path template starts with {@code pathPrefix}. */
    record Given(String pathPrefix, String name, String value) {
    }

    private final List<Given> given;

    SampleRequests(List<Given> given) {
        this.given = List.copyOf(given);
    }

    /** The most specific given value (longest prefix) for this parameter of this operation, or {@code null}. */
    private String given(Operation operation, String name) {
        String value = null;
        int longest = -1;
        for (Given g : given) {
            if (g.name().equals(name) && operation.path().startsWith(g.pathPrefix()) && g.pathPrefix().length() > longest) {
                value = g.value();
                longest = g.pathPrefix().length();
            }
        }
        return value;
    }

    /** The path with every {@code {parameter}} replaced. */
    String path(Operation operation) {
        String path = operation.path();
        for (Operation.Parameter parameter : operation.parameters()) {
            if ("path".equals(parameter.in())) {
                path = path.replace("{" + parameter.name() + "}",
                        URLEncoder.encode(value(operation, parameter.name(), parameter.schema()), StandardCharsets.UTF_8));
            }
        }
        return path;
    }

    /** Query and header parameters, and a body; {@code request} already carries the caller's token if any. */
    RequestSpecification fill(Operation operation, RequestSpecification request) {
        for (Operation.Parameter parameter : operation.parameters()) {
            boolean wanted = parameter.required() || given(operation, parameter.name()) != null;
            if (!wanted) {
                continue;
            }
            if ("query".equals(parameter.in())) {
                request.queryParam(parameter.name(), value(operation, parameter.name(), parameter.schema()));
            } else if ("header".equals(parameter.in()) && !"authorization".equalsIgnoreCase(parameter.name())) {
                request.header(parameter.name(), value(operation, parameter.name(), parameter.schema()));
            }
        }
        return body(operation, request);
    }

    @SuppressWarnings("unchecked")
    private RequestSpecification body(Operation operation, RequestSpecification request) {
        List<String> types = operation.bodyTypes();
        if (types.isEmpty()) {
            return request;
        }
        String json = types.stream().filter(t -> t.equals("application/json") || t.endsWith("+json")).findFirst().orElse(null);
        if (json != null) {
            return request.contentType(json).body("{}");
        }
        if (types.contains("multipart/form-data")) {
            Map<String, Object> properties = (Map<String, Object>) operation.multipartSchema().getOrDefault("properties", Map.of());
            if (properties.isEmpty()) {
                return request.multiPart("file", "matrix.csv", "a\n".getBytes(StandardCharsets.UTF_8), "text/csv");
            }
            properties.forEach((name, schema) -> {
                Map<String, Object> property = schema instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
                if ("binary".equals(property.get("format")) || "array".equals(property.get("type"))) {
                    request.multiPart(name, "matrix.csv", "a\n".getBytes(StandardCharsets.UTF_8), "text/csv");
                } else {
                    request.multiPart(name, sample(name, property));
                }
            });
            return request;
        }
        String type = types.get(0);
        byte[] content = type.startsWith("text/") ? "a\n".getBytes(StandardCharsets.UTF_8) : new byte[] {1, 2, 3};
        return request.contentType(type).body(content);
    }

    private String value(Operation operation, String name, Map<String, Object> schema) {
        String value = given(operation, name);
        return value != null ? value : sample(name, schema);
    }

    @SuppressWarnings("unchecked")
    static String sample(String name, Map<String, Object> schema) {
        if (schema.get("enum") instanceof List<?> constants && !constants.isEmpty()) {
            return String.valueOf(constants.get(0));
        }
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        if ("array".equals(type) && schema.get("items") instanceof Map<?, ?> items) {
            return sample(name, (Map<String, Object>) items);
        }
        if ("uuid".equals(format)) {
            return UNKNOWN_ID;
        }
        if ("date".equals(format)) {
            return LocalDate.now(ZoneOffset.UTC).toString();
        }
        if ("date-time".equals(format)) {
            return Instant.now().toString();
        }
        if ("integer".equals(type) || "number".equals(type)) {
            return name.toLowerCase(Locale.ROOT).contains("year") ? String.valueOf(LocalDate.now(ZoneOffset.UTC).getYear()) : "1";
        }
        if ("boolean".equals(type)) {
            return "false";
        }
        return name.toLowerCase(Locale.ROOT).endsWith("id") ? UNKNOWN_ID : "x";
    }
}
