package vn.party.membership.identity.verifier;

import java.util.List;
import java.util.Objects;

/**
 * The adapter's answer: the platform answered (match, mismatch naming the fields, not found), or no answer could be
 * had (after the retries allowed). Never carries personal data.
 */
public sealed interface VerificationResult {

    /** How many calls were made to the provider (1 without retries). */
    int attempts();

    enum Verdict { MATCH, MISMATCH, NOT_FOUND }

    record Answered(Verdict verdict, List<IdentityField> mismatchedFields, String reference, int attempts)
            implements VerificationResult {

        public Answered {
            Objects.requireNonNull(verdict, "verdict");
            mismatchedFields = List.copyOf(mismatchedFields);
            if ((verdict == Verdict.MISMATCH) == mismatchedFields.isEmpty()) {
                throw new IllegalArgumentException("a mismatch, and only a mismatch, names the fields that differ");
            }
        }
    }

    /** No answer: {@code detail} says why in words fit for a log and the record (no personal data). */
    record Unavailable(PlatformFailure.Kind failure, String detail, int attempts) implements VerificationResult {

        public Unavailable {
            Objects.requireNonNull(failure, "failure");
        }

        /** Whether trying again later may help (a timeout, a 5xx) rather than a refusal or an unreadable answer. */
        public boolean transientFailure() {
            return failure.isTransient();
        }
    }
}
