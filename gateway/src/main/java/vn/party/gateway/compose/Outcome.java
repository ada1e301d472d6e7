package vn.party.gateway.compose;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one call to a service came to: its JSON ({@link Kind#OK}), a refusal with the service's status
 * ({@link Kind#REFUSED}: 4xx), or nothing usable ({@link Kind#UNAVAILABLE}, with a reason that names no
 * internals: {@code timeout}, {@code connection}, {@code upstream 5xx}, {@code invalid response},
 * {@code circuit open}, {@code contract}: the answer broke the typed contract it is read into).
 */
public record Outcome(Kind kind, int httpStatus, JsonNode body, String reason) {

    public enum Kind { OK, REFUSED, UNAVAILABLE }

    public static final String TIMEOUT = "timeout";
    public static final String CONNECTION = "connection";
    public static final String UPSTREAM_5XX = "upstream 5xx";
    public static final String UPSTREAM_4XX = "upstream 4xx";
    public static final String INVALID_RESPONSE = "invalid response";
    public static final String CIRCUIT_OPEN = "circuit open";
    public static final String CONTRACT = "contract";

    public static Outcome ok(int status, JsonNode body) {
        return new Outcome(Kind.OK, status, body, null);
    }

    public static Outcome refused(int status, JsonNode body) {
        return new Outcome(Kind.REFUSED, status, body, null);
    }

    public static Outcome unavailable(String reason, int status) {
        return new Outcome(Kind.UNAVAILABLE, status, null, reason);
    }

    public boolean ok() {
        return kind == Kind.OK;
    }

    /** 401 or 403: the service decided the caller may not see this. */
    public boolean denied() {
        return kind == Kind.REFUSED && (httpStatus == 401 || httpStatus == 403);
    }
}
