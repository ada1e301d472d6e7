package vn.party.membership.effects;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public final class EffectRequests {

    private EffectRequests() {
    }

    /**
     * One outbox row of inspection-service; {@code id} is the outbox row's id and the idempotency key. {@code proof}
     * is inspection's signature over all the rest ({@link EffectProof}); its absence is refused as a rule (422
     * {@code effect.proof}), not as a malformed body.
     */
    public record Delivery(
            @NotNull(message = "bắt buộc: id của dòng outbox (required: the outbox row id)")
            UUID id,
            @NotBlank(message = "bắt buộc (required)")
            @Size(max = 40, message = "tối đa 40 ký tự (at most 40 characters)")
            String effect,
            UUID memberId,
            UUID organizationId,
            @NotNull(message = "bắt buộc (required)")
            LocalDate effectiveDate,
            Map<String, Object> payload,
            @Size(max = 20000, message = "tối đa 20000 ký tự (at most 20000 characters)")
            String proof) {
    }
}
