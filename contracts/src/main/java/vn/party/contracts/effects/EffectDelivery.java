package vn.party.contracts.effects;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The body of {@code POST /api/membership/effects}: one outbox row of inspection-service, as membership needs it
 * (contract version {@value DisciplineEffect#VERSION}). On the wire:
 * <pre>{"id", "effect": "MEMBER_EXPELLED", "memberId", "organizationId", "effectiveDate", "payload": {...}, "proof"}</pre>
 * {@code effect} is the payload's type name (written and read by Jackson from {@link #payload}'s type, never set by
 * hand); {@code payload} is the effect record; {@code id} is the outbox row's id and the receiver's idempotency key;
 * {@code proof} is inspection's RS256 JWS over all the rest (claims {@code iss}, {@code jti} = id, {@code effect},
 * {@code memberId}, {@code organizationId}, {@code effectiveDate}, {@code payload} = the payload's JSON).
 */
public record EffectDelivery(UUID id, UUID memberId, UUID organizationId, LocalDate effectiveDate,
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY, property = "effect")
        DisciplineEffect payload,
        String proof) {

    /** The JSON property that names the effect's type. */
    public static final String EFFECT_PROPERTY = "effect";

    /** The effect's type name ({@code MEMBER_EXPELLED}...), null without a payload. */
    @JsonIgnore
    public String effect() {
        return payload == null ? null : payload.type();
    }

    public EffectDelivery withProof(String signed) {
        return new EffectDelivery(id, memberId, organizationId, effectiveDate, payload, signed);
    }
}
