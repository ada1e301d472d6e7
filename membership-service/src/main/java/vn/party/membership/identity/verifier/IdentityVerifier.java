package vn.party.membership.identity.verifier;

/**
 * Checks a person's CCCD, full name and date of birth against the national population database. Implementations
 * never throw for a provider failure: they answer {@link VerificationResult.Unavailable}, so the attempt is recorded.
 */
public interface IdentityVerifier {

    /** Recorded with each check: {@code http}, {@code local}. */
    String provider();

    VerificationResult verify(VerificationRequest request);
}
