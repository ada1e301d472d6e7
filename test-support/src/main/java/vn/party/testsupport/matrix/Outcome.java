package vn.party.testsupport.matrix;

/**
 * What a caller gets from an operation, as far as authorization goes. {@link #ALLOWED} is any answer that is not a
 * refusal and not a server error: with dummy ids and an empty body, a 400, 404, 409, 415 or 422 shows that the caller
 * got past authentication and authorization, which is all this matrix is about.
 */
public enum Outcome {
    UNAUTHENTICATED("401"),
    FORBIDDEN("403"),
    ALLOWED("allowed"),
    /** Never declarable: a 5xx fails the matrix whatever the row says. */
    SERVER_ERROR("5xx");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The declarable outcome written as {@code label}, or {@code null}. */
    static Outcome parse(String label) {
        for (Outcome outcome : values()) {
            if (outcome != SERVER_ERROR && outcome.label.equalsIgnoreCase(label)) {
                return outcome;
            }
        }
        return null;
    }

    static Outcome of(int status) {
        if (status == 401) {
            return UNAUTHENTICATED;
        }
        if (status == 403) {
            return FORBIDDEN;
        }
        return status >= 500 ? SERVER_ERROR : ALLOWED;
    }
}
