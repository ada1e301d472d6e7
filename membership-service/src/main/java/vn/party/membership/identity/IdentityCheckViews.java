package vn.party.membership.identity;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.party.membership.identity.verifier.PlatformFailure;

public final class IdentityCheckViews {

    private IdentityCheckViews() {
    }

    /** One recorded check; no personal data (what was checked is the member's stored data). */
    public record Check(UUID id, UUID memberId, Instant checkedAt, String provider, IdentityOutcome outcome,
            String outcomeName, List<String> mismatchedFields, String providerReference, PlatformFailure.Kind failure,
            String failureDetail, int attempts, String checkedBy) {

        public static Check of(IdentityCheck c) {
            return new Check(c.id, c.memberId, c.checkedAt, c.provider, c.outcome, c.outcome.vietnameseName(),
                    c.mismatchedFieldNames(), c.providerReference, c.failure, c.failureDetail, c.attempts, c.checkedBy);
        }
    }

    /** The last check and when the member was last verified ({@code null}s when never). */
    public record Summary(UUID memberId, long totalChecks, Check latest, Instant lastVerifiedAt) {

        public static Summary of(IdentityCheckStore.Summary s) {
            return new Summary(s.memberId(), s.totalChecks(), s.latest() == null ? null : Check.of(s.latest()),
                    s.lastVerifiedAt());
        }
    }

    /**
     * The problem answered when a check got no answer (RFC 9457 with extension members): the attempt was recorded as
     * {@code identityCheckId}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IdentityCheckProblem")
    public record Problem(URI type, String title, int status, String detail, String instance, UUID identityCheckId,
            IdentityOutcome outcome, PlatformFailure.Kind failure, int attempts) {
    }
}
