package vn.party.membership.identity.verifier;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The adapter's assumption of the platform's JSON contract (docs/identity-check.md; to be aligned with the province's
 * LGSP specification): the request body, and how an HTTP answer becomes a verdict or a failure. Plain logic.
 *
 * <pre>
 * request   {"nationalId": "001080012345", "fullName": "Nguyễn Văn An", "dateOfBirth": "1980-01-01"}
 * 200       {"result": "MATCH" | "MISMATCH" | "NOT_FOUND", "mismatchedFields": ["fullName", ...], "reference": "…"}
 * 404       {"result": "NOT_FOUND", "reference": "…"}   (a 404 without this body is a wrong path, not an answer)
 * 429, 5xx  transient: retried;  other statuses: refused, not retried
 * </pre>
 */
public final class PlatformContract {

    /** Longest provider reference kept; the column holds 100 characters. */
    public static final int MAX_REFERENCE = 100;

    private PlatformContract() {
    }

    public static String requestBody(ObjectMapper mapper, VerificationRequest request) {
        ObjectNode body = mapper.createObjectNode();
        body.put("nationalId", request.nationalId());
        body.put("fullName", request.fullName());
        body.put("dateOfBirth", request.dateOfBirth().toString());
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The verification request cannot be written", e);
        }
    }

    /**
     * The platform's answer to one attempt, or a {@link PlatformFailure} saying why there is none (transient ones are
     * retried by the caller). {@code attempts} is filled in by the caller.
     */
    public static VerificationResult.Answered interpret(ObjectMapper mapper, int status, String body, int attempts) {
        if (status == 429) {
            throw PlatformFailure.of(PlatformFailure.Kind.RATE_LIMITED, "HTTP 429 from the platform");
        }
        if (status >= 500 && status <= 599) {
            throw PlatformFailure.of(PlatformFailure.Kind.SERVER_ERROR, "HTTP " + status + " from the platform");
        }
        if (status == 404) {
            JsonNode answer = parseOrNull(mapper, body);
            if (answer != null && "NOT_FOUND".equals(text(answer, "result"))) {
                return answered(answer, attempts);
            }
            throw PlatformFailure.of(PlatformFailure.Kind.REJECTED,
                    "HTTP 404 without a NOT_FOUND answer: check identity-check.http.base-url and path");
        }
        if (status != 200) {
            throw PlatformFailure.of(PlatformFailure.Kind.REJECTED, "HTTP " + status + " from the platform");
        }
        JsonNode answer = parseOrNull(mapper, body);
        if (answer == null) {
            throw invalid("the body is not a JSON object");
        }
        return answered(answer, attempts);
    }

    private static VerificationResult.Answered answered(JsonNode answer, int attempts) {
        String result = text(answer, "result");
        if (result == null) {
            throw invalid("'result' is missing");
        }
        VerificationResult.Verdict verdict;
        try {
            verdict = VerificationResult.Verdict.valueOf(result);
        } catch (IllegalArgumentException unknown) {
            throw invalid("unknown 'result' value");
        }
        List<IdentityField> fields = mismatchedFields(answer.get("mismatchedFields"));
        if (verdict == VerificationResult.Verdict.MISMATCH && fields.isEmpty()) {
            throw invalid("a MISMATCH names no field");
        }
        if (verdict != VerificationResult.Verdict.MISMATCH && !fields.isEmpty()) {
            throw invalid("a " + verdict + " names mismatched fields");
        }
        String reference = text(answer, "reference");
        if (reference != null && (reference.isBlank() || reference.length() > MAX_REFERENCE)) {
            throw invalid("'reference' is blank or longer than " + MAX_REFERENCE + " characters");
        }
        return new VerificationResult.Answered(verdict, fields, reference == null ? null : reference.trim(), attempts);
    }

    private static List<IdentityField> mismatchedFields(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw invalid("'mismatchedFields' is not an array");
        }
        Set<IdentityField> fields = new LinkedHashSet<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw invalid("'mismatchedFields' holds a non-text element");
            }
            fields.add(IdentityField.fromJsonName(element.asText())
                    .orElseThrow(() -> invalid("unknown name in 'mismatchedFields'")));
        }
        return new ArrayList<>(fields);
    }

    private static JsonNode parseOrNull(ObjectMapper mapper, String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String text(JsonNode answer, String field) {
        JsonNode node = answer.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw invalid("'" + field + "' is not text");
        }
        return node.asText();
    }

    private static PlatformFailure invalid(String why) {
        return PlatformFailure.of(PlatformFailure.Kind.INVALID_RESPONSE, "Unreadable platform answer: " + why);
    }
}
