package vn.party.contracts.effects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;

/**
 * A discipline effect inspection-service decides and membership-service applies (contract version {@value #VERSION}).
 * One record per effect type; the type's wire name ({@code TYPE} of each record, e.g. {@code MEMBER_EXPELLED}) travels
 * beside the record, as the {@code effect} property of the {@link EffectDelivery} envelope, so the record's JSON is
 * exactly the outbox row's {@code payload}. Examples: {@code contracts/effects/<type>.json} and
 * {@code contracts/effects/delivery.json}.
 */
@JsonSubTypes({
        @JsonSubTypes.Type(value = MemberExpelled.class, name = MemberExpelled.TYPE),
        @JsonSubTypes.Type(value = MemberRemovedFromPost.class, name = MemberRemovedFromPost.TYPE),
        @JsonSubTypes.Type(value = OrganizationDissolved.class, name = OrganizationDissolved.TYPE),
        @JsonSubTypes.Type(value = MemberSuspensionStarts.class, name = MemberSuspensionStarts.TYPE),
        @JsonSubTypes.Type(value = MemberSuspensionEnds.class, name = MemberSuspensionEnds.TYPE),
        @JsonSubTypes.Type(value = DisciplineAnnulled.class, name = DisciplineAnnulled.TYPE),
        @JsonSubTypes.Type(value = DisciplineReduced.class, name = DisciplineReduced.TYPE)
})
public sealed interface DisciplineEffect
        permits DecisionEffect, SuspensionEffect, ComplaintEffect {

    int VERSION = 1;

    /** The effect's wire name (the {@code effect} of the delivery and of the outbox row). */
    @JsonIgnore
    String type();

    /** Whether the effect is about a member (the delivery must name one). */
    @JsonIgnore
    default boolean aboutMember() {
        return true;
    }

    /** The wire name of an effect type: its record's {@code TYPE}. */
    static String typeOf(Class<? extends DisciplineEffect> type) {
        for (JsonSubTypes.Type subtype : DisciplineEffect.class.getAnnotation(JsonSubTypes.class).value()) {
            if (subtype.value().equals(type)) {
                return subtype.name();
            }
        }
        throw new IllegalArgumentException("Not an effect type: " + type.getName());
    }

    /** The effect type of a wire name; empty for a name this version does not know. */
    static java.util.Optional<Class<? extends DisciplineEffect>> typeNamed(String name) {
        for (JsonSubTypes.Type subtype : DisciplineEffect.class.getAnnotation(JsonSubTypes.class).value()) {
            if (subtype.name().equals(name)) {
                return java.util.Optional.of(subtype.value().asSubclass(DisciplineEffect.class));
            }
        }
        return java.util.Optional.empty();
    }

    /** Every effect type, in the order above. */
    static java.util.List<Class<? extends DisciplineEffect>> types() {
        java.util.List<Class<? extends DisciplineEffect>> types = new java.util.ArrayList<>();
        for (JsonSubTypes.Type subtype : DisciplineEffect.class.getAnnotation(JsonSubTypes.class).value()) {
            types.add(subtype.value().asSubclass(DisciplineEffect.class));
        }
        return java.util.List.copyOf(types);
    }
}
