package vn.party.membership.identity.verifier;

/**
 * A call to the platform that produced no usable answer. The message is written by this code (status, kind) and
 * never contains personal data or the API key. {@link Transient} failures are retried, {@link Permanent} ones not.
 */
public abstract sealed class PlatformFailure extends RuntimeException {

    public enum Kind {
        /** No answer within the read timeout. */
        TIMEOUT(true),
        /** The connection could not be made or broke. */
        CONNECTION(true),
        /** The platform answered 5xx. */
        SERVER_ERROR(true),
        /** The platform answered 429. */
        RATE_LIMITED(true),
        /** The platform refused the request (a 4xx other than 429, or a 404 that is not a "not found" answer). */
        REJECTED(false),
        /** The platform answered something this adapter cannot read. */
        INVALID_RESPONSE(false);

        private final boolean transientKind;

        Kind(boolean transientKind) {
            this.transientKind = transientKind;
        }

        public boolean isTransient() {
            return transientKind;
        }
    }

    private final Kind kind;

    private PlatformFailure(Kind kind, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
    }

    public static PlatformFailure of(Kind kind, String detail) {
        return kind.isTransient() ? new Transient(kind, detail) : new Permanent(kind, detail);
    }

    public Kind kind() {
        return kind;
    }

    public static final class Transient extends PlatformFailure {
        Transient(Kind kind, String detail) {
            super(kind, detail);
        }
    }

    public static final class Permanent extends PlatformFailure {
        Permanent(Kind kind, String detail) {
            super(kind, detail);
        }
    }
}
