package vn.party.contracts.member;

import java.util.EnumSet;
import java.util.Set;

/**
 * A party member's status as membership-service names it (its {@code member.domain.MemberStatus}: the same constants,
 * in the same order, which a membership test checks). Records crossing a service boundary carry this type, so no
 * service copies the labels by hand.
 */
public enum MemberStatus {
    PROBATIONARY,
    OFFICIAL,
    EXEMPTED,
    SUSPENDED,
    TRANSFERRED_OUT,
    REMOVED,
    LEFT,
    EXPELLED,
    DECEASED;

    /** Still on the organization's roll (counted in its membership; may be disciplined, commended). */
    public static final Set<MemberStatus> ACTIVE = EnumSet.of(PROBATIONARY, OFFICIAL, EXEMPTED, SUSPENDED);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
