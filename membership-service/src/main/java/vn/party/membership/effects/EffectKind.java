package vn.party.membership.effects;

import java.util.Arrays;
import java.util.Optional;

/** The effects inspection-service's outbox delivers (names as in its {@code Outbox}). */
public enum EffectKind {
    MEMBER_EXPELLED,
    MEMBER_SUSPENSION_STARTS,
    MEMBER_SUSPENSION_ENDS,
    MEMBER_REMOVED_FROM_POST,
    DISCIPLINE_ANNULLED,
    DISCIPLINE_REDUCED,
    ORGANIZATION_DISSOLVED;

    public static Optional<EffectKind> parse(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }

    /** Whether the effect is about a member (memberId required). */
    public boolean needsMember() {
        return this == MEMBER_EXPELLED || this == MEMBER_SUSPENSION_STARTS || this == MEMBER_SUSPENSION_ENDS
                || this == MEMBER_REMOVED_FROM_POST;
    }
}
