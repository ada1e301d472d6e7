package vn.party.membership.effects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The receipt of an effect; {@code duplicate} is true when the id had already been received (nothing changed). */
public record EffectView(UUID id, String effect, UUID memberId, UUID organizationId, LocalDate effectiveDate,
        EffectOutcome outcome, String detail, Instant receivedAt, Instant appliedAt, boolean duplicate) {

    static EffectView of(AppliedEffect e, boolean duplicate) {
        return new EffectView(e.id, e.effect, e.memberId, e.organizationId, e.effectiveDate, e.outcome, e.detail,
                e.receivedAt, e.appliedAt, duplicate);
    }
}
