package vn.party.membership.identity.verifier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What is checked: the member's stored CCCD, full name and date of birth. Personal data: {@link #toString()} shows
 * none of it, so an accidental log line cannot leak it.
 */
public record VerificationRequest(String nationalId, String fullName, LocalDate dateOfBirth) {

    public VerificationRequest {
        Objects.requireNonNull(nationalId, "nationalId");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        nationalId = nationalId.trim();
    }

    @Override
    public String toString() {
        return "VerificationRequest[personal data redacted]";
    }
}
